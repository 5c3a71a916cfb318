package vn.tre.delegation;

/** The kinds of rule a province sets on its outgoing delegations. */
public enum RuleKind {
	/** A key leader goes on at most this many trips a year. */
	MAX_TRIPS_PER_LEADER_PER_YEAR,
	/** At most this many people on a delegation, its head included. */
	MAX_MEMBERS,
	/** At most this many days, departure and return included. */
	MAX_DAYS,
	/** At most this many countries. */
	MAX_COUNTRIES,
	/** Two key leaders do not travel on the same delegation. */
	KEY_LEADERS_APART,
	/** No trip organised or paid for by a business. */
	NO_BUSINESS_FUNDING
}
