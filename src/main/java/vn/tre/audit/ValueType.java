package vn.tre.audit;

/** How a recorded value is written, so that a page can show it in the reader's format. */
public enum ValueType {
	/** Free text, enum names, identifiers. */
	TEXT,
	/** A number, written plainly ("1234.5"). */
	NUMBER,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** An ISO date ("2025-07-01"). */
	DATE,
	/** An ISO local date and time ("2025-07-01T09:30"). */
	DATE_TIME,
	/** An ISO instant in UTC ("2025-07-01T02:30:00Z"). */
	INSTANT
}
