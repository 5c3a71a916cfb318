package vn.tre.shared;

/** The roles of DESIGN.md; a user holds one or more of them within one org unit. */
public enum Role {
	/** Sees the whole country, answers proposals and gives opinions. */
	MINISTRY_OFFICER,
	/** Manages org units, clusters, users and reference data. */
	MINISTRY_ADMIN,
	/** Records and follows the work of a province. */
	PROVINCE_OFFICER,
	/** Approves what a province's officers submit. */
	PROVINCE_LEADER,
	/** Records commune-level activities. */
	COMMUNE_OFFICER,
	/** Runs the scoring of the emulation cluster its province chairs. */
	CLUSTER_LEAD,
	/** Records people's-diplomacy activities of a people's organisation. */
	PEOPLES_ORG_OFFICER,
	/** Reads, never writes. */
	VIEWER;

	/** Whether this role may create and change records. */
	public boolean writes() {
		return this != VIEWER;
	}

	/** Whether this role may approve what others submit. */
	public boolean approves() {
		return this == PROVINCE_LEADER || this == MINISTRY_ADMIN;
	}
}
