package vn.tre.audit;

/** What happened to a record. */
public enum ChangeAction {
	/** The record was inserted; its fields have only an "after" value. */
	CREATED,
	/** Fields of the record changed; only the changed fields are listed. */
	UPDATED,
	/** The record was deleted; its fields have only a "before" value. */
	DELETED
}
