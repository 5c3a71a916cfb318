package vn.tre.legal;

/** Whether a legal basis applies on a given day. */
public enum LegalBasisStatus {
	/** Its in-force date has not come yet. */
	NOT_YET_IN_FORCE,
	/** It applies. */
	IN_FORCE,
	/** The instrument that replaces it is in force. */
	SUPERSEDED
}
