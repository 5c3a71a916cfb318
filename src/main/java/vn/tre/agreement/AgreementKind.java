package vn.tre.agreement;

/** What kind of text an agreement is. */
public enum AgreementKind {
	COOPERATION_AGREEMENT,
	MEMORANDUM_OF_UNDERSTANDING,
	LETTER_OF_INTENT,
	TWINNING_AGREEMENT,
	COOPERATION_PROGRAMME,
	OTHER
}
