package vn.tre.agreement;

/** The verdict of a yearly implementation review. */
public enum Assessment {
	EFFECTIVE,
	PARTLY_IMPLEMENTED,
	NOT_IMPLEMENTED
}
