package vn.tre.document;

import vn.tre.shared.TextFolding;

/** Cleans the name a browser sent: no folders, no control characters, not too long, in Unicode NFC. */
final class Filenames {

	static final int MAX_LENGTH = 200;

	private Filenames() {
	}

	static String clean(String raw) {
		String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
		name = TextFolding.nfc(name).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
		if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
			return "file";
		}
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		return name.substring(0, MAX_LENGTH - extension.length()) + extension;
	}
}
