package vn.tre.delegation;

import org.jspecify.annotations.Nullable;

/** What the list of plans is filtered by; null means any. */
public record PlanFilter(@Nullable Long unitId, @Nullable Integer year, @Nullable PlanStatus status) {
}
