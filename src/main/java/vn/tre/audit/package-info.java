/**
 * The history of every change to a business record (who, when, each field before and after), written in the
 * transaction of the change, and the log of logins, failed logins, logouts and views of personal data. It
 * depends on no business module: organisation, account and the others call it to show a record's history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "platform" })
@org.jspecify.annotations.NullMarked
package vn.tre.audit;
