/**
 * The org-unit tree every other module hangs on: the ministry and its units, provinces, communes and
 * people's organisations, their validity and succession, emulation clusters by year, and the one
 * access policy that says which units a user may see, edit and approve for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
@org.jspecify.annotations.NullMarked
package vn.tre.organisation;
