package vn.tre.delegation;

/** The level of the person heading a delegation, which reports count delegations by. */
public enum HeadLevel {
	/** A leader of the province (Party secretary, chairman or vice-chairman of the People's Council or Committee). */
	PROVINCE_LEADER,
	/** The head or deputy head of a provincial department. */
	DEPARTMENT_LEADER,
	/** A leader of a commune. */
	COMMUNE_LEADER,
	/** A leader of a people's organisation. */
	PEOPLES_ORGANISATION,
	/** For incoming delegations: a foreign minister, governor or head of an international organisation. */
	FOREIGN_SENIOR,
	/** Anyone else. */
	OTHER
}
