package vn.tre.partner;

/** What happened with a partner, as a {@link PartnerActivity} says. */
public enum ActivityKind {
	/** A relation was set up or changed. */
	RELATION,
	/** A delegation went to or came from the partner. */
	DELEGATION,
	/** An international agreement was drafted, signed or carried out. */
	AGREEMENT,
	/** An aid programme or project of a foreign NGO. */
	NGO_PROJECT,
	/** A conference, promotion event or people's-diplomacy activity. */
	EVENT,
	/** A meeting, call or letter. */
	CONTACT,
	/** Anything else. */
	OTHER
}
