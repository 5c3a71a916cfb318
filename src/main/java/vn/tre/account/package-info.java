/**
 * Accounts: local users attached to one org unit with their roles, login with lockout, password
 * changes, and personal access tokens for API clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
@org.jspecify.annotations.NullMarked
package vn.tre.account;
