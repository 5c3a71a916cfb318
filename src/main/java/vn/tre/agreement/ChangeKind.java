package vn.tre.agreement;

/** How an agreement in force was changed (Art. 33). */
public enum ChangeKind {
	AMENDED,
	EXTENDED
}
