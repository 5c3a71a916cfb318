package vn.tre.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.document.AttachmentRefused.Reason;
import vn.tre.document.Owners.Owner;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;

/**
 * The document module's façade for attachments: store, list, open and delete the files of any record,
 * each call checked against the access rules of the record's owning unit as it is today.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

	private static final String WHAT = "attachment";

	private final StoredAttachments attachments;

	private final AttachmentContents contents;

	private final Owners owners;

	private final UploadPolicy policy;

	private final AccessPolicy access;

	private final Clock clock;

	Attachments(StoredAttachments attachments, AttachmentContents contents, Owners owners, UploadPolicy policy,
			AccessPolicy access, Clock clock) {
		this.attachments = attachments;
		this.contents = contents;
		this.owners = owners;
		this.policy = policy;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Attaches a file to a record the actor may edit; 404 if they cannot see the record, 403 if they may not
	 * change it, {@link AttachmentRefused} if the file is empty, too large or of a refused type.
	 */
	@Transactional
	public Attachment store(Actor actor, String ownerType, long ownerId, String filename, byte[] content) {
		checkEdit(actor, owners.resolve(ownerType, ownerId));
		return save(actor, ownerType, ownerId, filename, content);
	}

	/** As {@link #store(Actor, String, long, String, byte[])}, reading at most one byte past the limit. */
	@Transactional
	public Attachment store(Actor actor, String ownerType, long ownerId, String filename, InputStream content) {
		checkEdit(actor, owners.resolve(ownerType, ownerId));
		byte[] bytes = readAtMost(content, policy.maxBytes() + 1);
		if (bytes.length > policy.maxBytes()) {
			throw new AttachmentRefused(Reason.TOO_LARGE, Filenames.clean(filename), String.valueOf(policy.maxMegabytes()));
		}
		return save(actor, ownerType, ownerId, filename, bytes);
	}

	/** The attachments of a record the actor may read, newest first; 404 otherwise. */
	public List<Attachment> list(Actor actor, String ownerType, long ownerId) {
		checkRead(actor, owners.resolve(ownerType, ownerId));
		return attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtDescIdDesc(ownerType, ownerId);
	}

	/** One attachment's metadata, if the actor may read its record; 404 otherwise. */
	public Attachment get(Actor actor, long attachmentId) {
		Attachment attachment = attachments.findById(attachmentId).orElseThrow(() -> new NotFound(WHAT));
		checkRead(actor, owners.resolve(attachment.getOwnerType(), attachment.getOwnerId()));
		return attachment;
	}

	/** An attachment with its bytes, if the actor may read its record as it is today; 404 otherwise. */
	public AttachmentFile open(Actor actor, long attachmentId) {
		Attachment attachment = get(actor, attachmentId);
		byte[] content = contents.read(attachmentId).orElseThrow(() -> new NotFound(WHAT));
		return new AttachmentFile(attachment, content);
	}

	/** Deletes an attachment of a record the actor may edit, and returns what it was; 404 or 403 otherwise. */
	@Transactional
	public Attachment delete(Actor actor, long attachmentId) {
		Attachment attachment = attachments.findById(attachmentId).orElseThrow(() -> new NotFound(WHAT));
		checkEdit(actor, owners.resolve(attachment.getOwnerType(), attachment.getOwnerId()));
		attachments.delete(attachment);
		return attachment;
	}

	/** Deletes every attachment of a record; for its owning module, which checked access, when it deletes the record. */
	@Transactional
	public void deleteAllOf(String ownerType, long ownerId) {
		attachments.deleteAll(attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtDescIdDesc(ownerType, ownerId));
	}

	/** Whether the actor may add and delete attachments of the record (to show or hide the upload form). */
	public boolean canEdit(Actor actor, String ownerType, long ownerId) {
		return access.canEdit(actor, owners.resolve(ownerType, ownerId).unitId());
	}

	/** The largest file accepted, in megabytes, for the hint under the upload field. */
	public long maxSizeMegabytes() {
		return policy.maxMegabytes();
	}

	private Attachment save(Actor actor, String ownerType, long ownerId, String filename, byte[] content) {
		String name = Filenames.clean(filename);
		String type = policy.check(name, content);
		Attachment saved = attachments.save(new Attachment(ownerType, ownerId, name, type, content.length, sha256(content),
				actor, clock.instant()));
		contents.store(saved.getId(), content);
		return saved;
	}

	private void checkRead(Actor actor, Owner owner) {
		if (!owner.shared()) {
			access.checkRead(actor, owner.unitId(), WHAT);
		}
	}

	private void checkEdit(Actor actor, Owner owner) {
		if (!owner.shared()) {
			access.checkEdit(actor, owner.unitId(), WHAT);
		}
		else if (!access.canEdit(actor, owner.unitId())) {
			throw new Forbidden(WHAT);
		}
	}

	private static byte[] readAtMost(InputStream content, long limit) {
		try (content) {
			return content.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
