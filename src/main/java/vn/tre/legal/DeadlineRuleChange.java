package vn.tre.legal;

import org.jspecify.annotations.Nullable;

/** What an administrator may change in a deadline rule when the law changes. */
public record DeadlineRuleChange(int length, DeadlineUnit unit, @Nullable Long legalBasisId, @Nullable String note,
		boolean active) {
}
