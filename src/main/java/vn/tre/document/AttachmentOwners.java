package vn.tre.document;

import java.util.Optional;

/**
 * Implemented, as a Spring bean, by each module whose records carry attachments: it names its kind of
 * record and tells which org unit's access rules apply to one of them.
 */
public interface AttachmentOwners {

	/** The kind of record, as attachments name it, e.g. {@code "legal-basis"}; unique across modules. */
	String ownerType();

	/** The org unit whose access rules apply to the record today, or empty when there is no such record. */
	Optional<Long> owningUnit(long ownerId);

	/**
	 * Whether the records are shared by nature (the legal library, partners): anyone logged in may read their
	 * attachments, while changing them still follows the owning unit's rules.
	 */
	default boolean sharedRecord() {
		return false;
	}
}
