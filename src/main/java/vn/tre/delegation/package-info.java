/**
 * Delegations: each unit's yearly plan of outgoing and incoming delegations, and the delegations
 * themselves from request and approval to the trip and its post-trip report, with the province's rules,
 * clash warnings, plan versus actual and the indicators reporting needs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegation")
@org.jspecify.annotations.NullMarked
package vn.tre.delegation;
