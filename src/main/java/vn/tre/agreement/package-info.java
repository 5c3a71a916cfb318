/**
 * International agreements of localities (Law 70/2020/QH14): the record of each agreement, its consultation,
 * the decision to sign, the signing and the post-signing report, its life in force until it ends, the
 * implementation roadmap with weighted milestones, yearly reviews, early warnings and indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreement")
@org.jspecify.annotations.NullMarked
package vn.tre.agreement;
