package vn.tre.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import vn.tre.shared.Actor;

/** A file attached to a record: its name, detected type, size, checksum and who uploaded it when; not its bytes. */
@Entity
@Table(schema = "document", name = "attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ownerType;

	private long ownerId;

	private String filename;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private long uploadedById;

	private String uploadedBy;

	private String uploadedByName;

	private Instant uploadedAt;

	@Version
	private long version;

	protected Attachment() {
	}

	Attachment(String ownerType, long ownerId, String filename, String contentType, long size, String sha256,
			Actor uploader, Instant uploadedAt) {
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedById = uploader.userId();
		this.uploadedBy = uploader.username();
		this.uploadedByName = uploader.displayName();
		this.uploadedAt = uploadedAt;
	}

	public AttachmentKind getKind() {
		return AttachmentKind.of(contentType);
	}

	/** The size for people: bytes, KB or MB with the locale's decimal separator. */
	public String sizeLabel(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		if (size < 1024) {
			return format.format(size) + " B";
		}
		if (size < 1024 * 1024) {
			return format.format(Math.max(1, Math.round(size / 1024.0))) + " KB";
		}
		return format.format(size / (1024.0 * 1024.0)) + " MB";
	}

	public Long getId() {
		return id;
	}

	public String getOwnerType() {
		return ownerType;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getFilename() {
		return filename;
	}

	/** The type detected from the content at upload, never the one the browser claimed. */
	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	/** The SHA-256 of the content, in hexadecimal. */
	public String getSha256() {
		return sha256;
	}

	public long getUploadedById() {
		return uploadedById;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public String getUploadedByName() {
		return uploadedByName;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
