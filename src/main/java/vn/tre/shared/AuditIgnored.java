package vn.tre.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a value out of the change history: on a field (a password hash, a token hash), the history says
 * that the field changed but never shows its values; on an entity class, its changes are not recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.TYPE })
public @interface AuditIgnored {
}
