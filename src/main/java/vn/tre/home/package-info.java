/**
 * The web shell: the home page with the user's unit, open tasks and quick links, and what every page's
 * layout shows of the user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
@org.jspecify.annotations.NullMarked
package vn.tre.home;
