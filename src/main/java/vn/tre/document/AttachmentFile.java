package vn.tre.document;

/** An attachment with its bytes, for a download. */
public record AttachmentFile(Attachment attachment, byte[] content) {
}
