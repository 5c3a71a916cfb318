package vn.tre.organisation;

/** The kinds of org unit. */
public enum OrgUnitType {
	/** The Ministry of Foreign Affairs itself. */
	MINISTRY,
	/** A department or office of the ministry. */
	MINISTRY_UNIT,
	/** A province or centrally-run city (its foreign-affairs agency). */
	PROVINCE,
	/** A commune, ward or special zone. */
	COMMUNE,
	/** A people's organisation, such as a friendship union. */
	PEOPLES_ORGANISATION;

	/** Whether users of this kind of unit see the whole country. */
	public boolean nationwide() {
		return this == MINISTRY || this == MINISTRY_UNIT;
	}
}
