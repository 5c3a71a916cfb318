package vn.tre.delegation;

import java.util.List;

/** A delegation that breaks a rule of its province was submitted without a written justification. */
public class JustificationRequired extends RuntimeException {

	private final List<RuleBreach> breaches;

	JustificationRequired(List<RuleBreach> breaches) {
		super("justification required for " + breaches.size() + " rule(s)");
		this.breaches = List.copyOf(breaches);
	}

	public List<RuleBreach> breaches() {
		return breaches;
	}
}
