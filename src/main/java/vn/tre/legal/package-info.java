/**
 * Legal bases, the working calendar and the one deadline calculator: every deadline of every module
 * is a rule with a length, a unit (working or calendar days) and the instrument it comes from, counted
 * on a calendar of public holidays, Tết and the government's swapped days that administrators keep.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal bases and deadlines")
@org.jspecify.annotations.NullMarked
package vn.tre.legal;
