package vn.tre.audit;

/** The kinds of events of the security log. */
public enum SecurityEventKind {
	/** A user logged in with the login form. */
	LOGIN_SUCCEEDED,
	/** A login was refused: wrong user name or password, disabled account. */
	LOGIN_FAILED,
	/** A login was refused because the account is locked after too many failures. */
	ACCOUNT_LOCKED,
	/** A user logged out. */
	LOGOUT,
	/** A user opened personal data of a citizen (passport number, date of birth, address). */
	PERSONAL_DATA_VIEWED
}
