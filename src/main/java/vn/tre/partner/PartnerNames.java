package vn.tre.partner;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.tre.shared.TextFolding;

/**
 * Folds partner names for search and duplicate detection: "Gyeonggi-do", "GYEONGGI DO" and "gyeonggido"
 * give the same key; so do "Kinh Kỳ" and "kinh ki", since Vietnamese writes i and y interchangeably
 * (Kỳ, Kì). Case, Vietnamese and other Latin accents, punctuation and spaces are dropped; other scripts
 * (경기도, 静岡県) are kept as they are.
 */
public final class PartnerNames {

	private PartnerNames() {
	}

	/** The search key of a name: what is compared, never shown. */
	public static String key(String name) {
		String vietnameseFolded = TextFolding.fold(name);
		String decomposed = Normalizer.normalize(vietnameseFolded, Normalizer.Form.NFKD);
		var key = new StringBuilder(decomposed.length());
		Character.UnicodeScript base = Character.UnicodeScript.COMMON;
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				if (!latinLike(base)) {
					key.appendCodePoint(c);
				}
				continue;
			}
			base = Character.UnicodeScript.of(c);
			if (Character.isLetterOrDigit(c)) {
				key.append(latin(Character.toLowerCase(c)));
			}
		}
		return Normalizer.normalize(key, Normalizer.Form.NFC);
	}

	/** The keys of several names, without blanks and repeats. */
	public static Set<String> keys(Collection<String> names) {
		var keys = new LinkedHashSet<String>();
		for (String name : names) {
			String key = key(name);
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		return keys;
	}

	/** The stored search text: every key between spaces, so that " key " finds a whole name. */
	static String searchText(Collection<String> names) {
		return " " + String.join(" ", keys(names)) + " ";
	}

	/**
	 * The LIKE pattern of a search for the key: anywhere in a name from three characters on (the trigram index
	 * answers it), at the start of a name for one or two characters, where "anywhere" would match nearly every
	 * partner and tell the user nothing.
	 */
	static String searchPattern(String key) {
		return key.length() < 3 ? "% " + key + "%" : "%" + key + "%";
	}

	/** A name folded for sorting: lower case, without accents, spaces kept. */
	static String sortKey(String name) {
		String folded = Normalizer.normalize(TextFolding.fold(name.strip()), Normalizer.Form.NFKD)
			.replaceAll("\\p{Mn}", "");
		return folded.length() > 255 ? folded.substring(0, 255) : folded;
	}

	private static boolean latinLike(Character.UnicodeScript script) {
		return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
				|| script == Character.UnicodeScript.CYRILLIC;
	}

	private static String latin(int c) {
		return switch (c) {
			case 'y' -> "i";
			case 'đ', 'ð' -> "d";
			case 'ø' -> "o";
			case 'ł' -> "l";
			case 'ı' -> "i";
			case 'æ' -> "ae";
			case 'œ' -> "oe";
			case 'ß' -> "ss";
			case 'þ' -> "th";
			default -> Character.toString(c);
		};
	}
}
