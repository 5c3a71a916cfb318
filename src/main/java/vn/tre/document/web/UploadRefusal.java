package vn.tre.document.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import vn.tre.document.AttachmentRefused;

/** Why the last upload to a record was refused, for the attachments section to show next to the file field. */
record UploadRefusal(String ownerType, long ownerId, String messageKey, List<String> args) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static UploadRefusal of(String ownerType, long ownerId, AttachmentRefused refused) {
		return new UploadRefusal(ownerType, ownerId, refused.messageKey(), List.copyOf(refused.args()));
	}

	/** The message argument at the index, or an empty text (Thymeleaf passes arguments one by one). */
	public String arg(int index) {
		return index < args.size() ? args.get(index) : "";
	}

	/** Whether it concerns the given record's section. */
	public boolean concerns(String type, long id) {
		return ownerType.equals(type) && ownerId == id;
	}
}
