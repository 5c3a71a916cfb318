package vn.tre.agreement;

/** A consulted body's written answer on a proposal to sign (Art. 19(2)). */
public enum OpinionAnswer {
	AGREE,
	AGREE_WITH_COMMENTS,
	DISAGREE
}
