package vn.tre.delegation;

/** Who pays for a delegation. */
public enum FundingSource {
	/** The state budget. */
	STATE_BUDGET,
	/** The foreign partner. */
	PARTNER,
	/** A business; provincial rules forbid trips organised or paid for by businesses. */
	BUSINESS,
	/** Shared between several sources. */
	MIXED,
	/** Another source (a project, a sponsor). */
	OTHER
}
