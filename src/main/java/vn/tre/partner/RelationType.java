package vn.tre.partner;

/** The kind of relation one of our units keeps with a partner. */
public enum RelationType {
	/** Twinning (kết nghĩa), usually between localities, set by a signed document. */
	TWINNING,
	/** Friendship and cooperation (hữu nghị). */
	FRIENDSHIP,
	/** Cooperation in given fields (hợp tác). */
	COOPERATION
}
