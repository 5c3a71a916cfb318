package vn.tre.document;

import java.io.Serial;
import java.util.List;

/** Thrown when a file may not be attached; says why with a message key and its arguments. */
public class AttachmentRefused extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Why a file was refused; each reason has its message. */
	public enum Reason {
		/** No file was chosen. */
		NO_FILE,
		/** The file holds no bytes. */
		EMPTY,
		/** The file is larger than the configured limit. */
		TOO_LARGE,
		/** A program: Windows or Linux executable, installer, Java or Android package. */
		EXECUTABLE,
		/** Code that runs when opened: shell, batch, PowerShell, JavaScript, VBScript, macro-enabled office files. */
		SCRIPT,
		/** A web page or an SVG image, which browsers run scripts in. */
		HTML,
		/** An archive (zip, rar, 7z, tar…), whose content cannot be checked. */
		ARCHIVE,
		/** The content is not what the type claims, e.g. a zip file renamed to .docx. */
		MISMATCH,
		/** Any other type that is not allowed. */
		TYPE;

		/** The message key of this reason, e.g. {@code document.refused.tooLarge}. */
		public String messageKey() {
			String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
			var key = new StringBuilder("document.refused.").append(words[0]);
			for (int i = 1; i < words.length; i++) {
				key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
			return key.toString();
		}
	}

	private final Reason reason;

	private final List<String> args;

	public AttachmentRefused(Reason reason, String... args) {
		super(reason.messageKey() + " " + String.join(", ", args));
		this.reason = reason;
		this.args = List.of(args);
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey();
	}

	/** The arguments of the message: the file name first, then the limit (MB) or the detected type. */
	public List<String> args() {
		return args;
	}
}
