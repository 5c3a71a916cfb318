package vn.tre.partner;

/** The level of a foreign locality in its own country. */
public enum LocalityLevel {
	STATE, PROVINCE, PREFECTURE, CITY, DISTRICT
}
