/**
 * Cross-cutting configuration: the embedded database, web layout, errors, languages and the clock.
 * It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.tre.platform;
