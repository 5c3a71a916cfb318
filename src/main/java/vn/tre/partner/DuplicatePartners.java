package vn.tre.partner;

import java.util.List;

/**
 * Thrown when a new partner has a name that an existing partner of the same country already has (after
 * folding case, accents and punctuation): the user is offered the existing ones, and may insist with a reason.
 */
public class DuplicatePartners extends RuntimeException {

	private final transient List<Partner> matches;

	DuplicatePartners(List<Partner> matches) {
		super("possible duplicates: " + matches.stream().map(Partner::getId).toList());
		this.matches = List.copyOf(matches);
	}

	public List<Partner> matches() {
		return matches;
	}
}
