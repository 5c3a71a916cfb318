package vn.tre.partner;

/** What kind of body a foreign partner is. */
public enum PartnerKind {
	/** A foreign locality: state, province, prefecture, city. */
	FOREIGN_LOCALITY,
	/** A national government body: a ministry, an agency such as KOICA or JICA. */
	GOVERNMENT_BODY,
	/** An international organisation: a UN agency, a development bank. */
	INTERNATIONAL_ORGANISATION,
	/** A foreign non-governmental organisation. */
	FOREIGN_NGO,
	/** A company. */
	COMPANY,
	/** A university or research body. */
	UNIVERSITY,
	/** An association, a friendship society, a chamber of commerce. */
	ASSOCIATION;

	/** Whether a partner of this kind may have no country (an international organisation). */
	public boolean countryOptional() {
		return this == INTERNATIONAL_ORGANISATION;
	}
}
