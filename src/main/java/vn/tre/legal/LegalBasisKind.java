package vn.tre.legal;

/** The kind of a legal instrument, as Vietnamese law names them. */
public enum LegalBasisKind {
	/** A law or code (luật, bộ luật) of the National Assembly. */
	LAW,
	/** A resolution (nghị quyết). */
	RESOLUTION,
	/** A government decree (nghị định). */
	DECREE,
	/** A decision (quyết định) of the Prime Minister or a minister. */
	DECISION,
	/** A ministry's circular (thông tư). */
	CIRCULAR,
	/** A directive (chỉ thị). */
	DIRECTIVE,
	/** Anything else that fixes a rule: notices, official letters, provincial regulations. */
	OTHER
}
