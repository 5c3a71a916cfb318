/**
 * The partner directory: countries and regions, foreign partners that exist once and are shared by every
 * unit, the twinning, friendship and cooperation relations each unit keeps with them, and a 360° timeline
 * fed by the {@link vn.tre.partner.PartnerActivity} events that any module publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner")
@org.jspecify.annotations.NullMarked
package vn.tre.partner;
