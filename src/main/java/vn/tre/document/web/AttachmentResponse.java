package vn.tre.document.web;

import java.time.Instant;
import vn.tre.document.Attachment;

/** An attachment as the API shows it; the bytes are at {@code contentUrl}. */
record AttachmentResponse(long id, String ownerType, long ownerId, String filename, String contentType, long size,
		String sha256, String uploadedBy, Instant uploadedAt, String contentUrl) {

	static AttachmentResponse of(Attachment attachment) {
		return new AttachmentResponse(attachment.getId(), attachment.getOwnerType(), attachment.getOwnerId(),
				attachment.getFilename(), attachment.getContentType(), attachment.getSize(), attachment.getSha256(),
				attachment.getUploadedBy(), attachment.getUploadedAt(),
				"/api/v1/attachments/" + attachment.getId() + "/content");
	}
}
