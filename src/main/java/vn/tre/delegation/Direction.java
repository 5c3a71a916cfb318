package vn.tre.delegation;

/** Which way a delegation travels. */
public enum Direction {
	/** Đoàn ra: our people travel abroad. */
	OUTGOING,
	/** Đoàn vào: a foreign delegation visits us. */
	INCOMING
}
