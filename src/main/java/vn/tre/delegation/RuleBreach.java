package vn.tre.delegation;

import org.jspecify.annotations.Nullable;

/**
 * A rule a delegation breaks: the rule, its limit, what the delegation has and, for the trips-per-leader
 * rule, whom it concerns. Breaking a rule does not block; submitting then needs a written justification.
 */
public record RuleBreach(RuleKind kind, @Nullable Integer limit, long actual, @Nullable String person,
		@Nullable Long legalBasisId) {
}
