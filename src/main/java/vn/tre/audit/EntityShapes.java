package vn.tre.audit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.util.ReflectionUtils;
import vn.tre.shared.AuditIgnored;

/**
 * Which entities are recorded (Tre's own, in package {@code vn.tre}, except the audit module's and those
 * marked {@link AuditIgnored}) and which of their fields never show a value.
 */
final class EntityShapes {

	private static final String TRE = "vn.tre.";

	private static final String AUDIT = "vn.tre.audit.";

	private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

	/** What the history needs to know of an entity class. */
	record Shape(boolean recorded, String entityType, Set<String> hiddenFields) {
	}

	Shape of(Class<?> entityClass) {
		return shapes.computeIfAbsent(entityClass, EntityShapes::shape);
	}

	private static Shape shape(Class<?> entityClass) {
		String name = entityClass.getName();
		boolean recorded = name.startsWith(TRE) && !name.startsWith(AUDIT) && !entityClass.isAnnotationPresent(AuditIgnored.class);
		return new Shape(recorded, entityClass.getSimpleName(), hiddenFields(entityClass));
	}

	private static Set<String> hiddenFields(Class<?> entityClass) {
		var hidden = Stream.<String>builder();
		ReflectionUtils.doWithFields(entityClass, field -> hidden.add(field.getName()),
				field -> field.isAnnotationPresent(AuditIgnored.class));
		return hidden.build().collect(Collectors.toUnmodifiableSet());
	}
}
