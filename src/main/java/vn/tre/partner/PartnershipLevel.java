package vn.tre.partner;

/** The framework of Vietnam's relations with a country, highest first. */
public enum PartnershipLevel {
	COMPREHENSIVE_STRATEGIC, STRATEGIC, COMPREHENSIVE
}
