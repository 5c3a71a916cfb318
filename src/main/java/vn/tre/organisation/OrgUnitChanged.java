package vn.tre.organisation;

/** An org unit was created, renamed, moved, merged or imported; scopes computed from the tree are stale. */
public record OrgUnitChanged(long unitId) {
}
