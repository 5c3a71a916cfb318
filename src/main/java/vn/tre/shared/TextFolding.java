package vn.tre.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for search the way the database function {@code tre_fold} does: lower case, Vietnamese
 * diacritics removed, so that "ha noi" finds "Hà Nội".
 */
public final class TextFolding {

	private static final String ACCENTED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

	private static final String PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

	private TextFolding() {
	}

	/** The folded form of a text, for comparing with {@code tre_fold(column)}. */
	public static String fold(String text) {
		String lower = nfc(text).toLowerCase(Locale.ROOT);
		var folded = new StringBuilder(lower.length());
		for (char c : lower.toCharArray()) {
			int i = ACCENTED.indexOf(c);
			folded.append(i < 0 ? c : PLAIN.charAt(i));
		}
		return folded.toString();
	}

	/** A LIKE pattern that finds the folded text anywhere, with LIKE's own wildcards escaped. */
	public static String containsPattern(String text) {
		String folded = fold(text.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return folded.isEmpty() ? "" : "%" + folded + "%";
	}

	/** The text in Unicode composed form (NFC), as Tre stores it. */
	public static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}
}
