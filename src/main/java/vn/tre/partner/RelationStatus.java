package vn.tre.partner;

/** Where a relation stands, as its unit records it; a relation without activity for two years is also shown dormant. */
public enum RelationStatus {
	/** Alive: exchanges take place. */
	ACTIVE,
	/** Kept on paper, without exchanges. */
	DORMANT,
	/** Ended by one side or by both. */
	ENDED
}
