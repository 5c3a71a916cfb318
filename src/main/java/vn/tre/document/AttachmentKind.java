package vn.tre.document;

import java.util.Locale;

/** What a file is, as a person would say it ("PDF", "Excel"), with its icon; derived from the content type. */
public enum AttachmentKind {
	PDF("bi-file-earmark-pdf"),
	WORD("bi-file-earmark-word"),
	EXCEL("bi-file-earmark-excel"),
	POWERPOINT("bi-file-earmark-ppt"),
	TEXT_DOCUMENT("bi-file-earmark-richtext"),
	SPREADSHEET("bi-file-earmark-spreadsheet"),
	IMAGE("bi-file-earmark-image"),
	CSV("bi-filetype-csv"),
	TEXT("bi-file-earmark-text"),
	OTHER("bi-file-earmark");

	private final String icon;

	AttachmentKind(String icon) {
		this.icon = icon;
	}

	/** The Bootstrap icon class. */
	public String icon() {
		return icon;
	}

	/** The kind of a content type as detected at upload. */
	public static AttachmentKind of(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		if (type.equals("application/pdf")) {
			return PDF;
		}
		if (type.equals("application/msword") || type.contains("wordprocessingml")) {
			return WORD;
		}
		if (type.equals("application/vnd.ms-excel") || type.contains("spreadsheetml")) {
			return EXCEL;
		}
		if (type.equals("application/vnd.ms-powerpoint") || type.contains("presentationml")) {
			return POWERPOINT;
		}
		if (type.equals("application/vnd.oasis.opendocument.text")) {
			return TEXT_DOCUMENT;
		}
		if (type.equals("application/vnd.oasis.opendocument.spreadsheet")) {
			return SPREADSHEET;
		}
		if (type.startsWith("image/")) {
			return IMAGE;
		}
		if (type.equals("text/csv")) {
			return CSV;
		}
		return type.equals("text/plain") ? TEXT : OTHER;
	}
}
