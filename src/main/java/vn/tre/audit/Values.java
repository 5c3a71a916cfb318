package vn.tre.audit;

import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/** Writes a field's value as the history keeps it: ISO dates and instants, plain numbers, ids for references. */
final class Values {

	static final int MAX_LENGTH = 4000;

	private Values() {
	}

	/** A value as text and its type; null stays null. */
	record Written(@Nullable String text, ValueType type) {
	}

	static Written write(@Nullable Object value, Type type, SharedSessionContractImplementor session) {
		if (value == null) {
			return new Written(null, ValueType.TEXT);
		}
		if (type instanceof EntityType) {
			return text(String.valueOf(session.getFactory().getPersistenceUnitUtil().getIdentifier(value)));
		}
		return write(value, session);
	}

	private static Written write(Object value, SharedSessionContractImplementor session) {
		return switch (value) {
			case Boolean b -> new Written(b.toString(), ValueType.BOOLEAN);
			case BigDecimal d -> new Written(d.toPlainString(), ValueType.NUMBER);
			case Number n -> new Written(n.toString(), ValueType.NUMBER);
			case LocalDate d -> new Written(d.toString(), ValueType.DATE);
			case LocalDateTime t -> new Written(t.toString(), ValueType.DATE_TIME);
			case Instant i -> new Written(i.toString(), ValueType.INSTANT);
			case OffsetDateTime t -> new Written(t.toInstant().toString(), ValueType.INSTANT);
			case ZonedDateTime t -> new Written(t.toInstant().toString(), ValueType.INSTANT);
			case Enum<?> e -> text(e.name());
			case Collection<?> c -> text(elements(c, session));
			case Map<?, ?> m -> text(elements(m.entrySet().stream().map(e -> element(e.getKey(), session) + "="
					+ element(e.getValue(), session)).toList(), session));
			default -> text(value.toString());
		};
	}

	/** Whether a value's bytes may never be written (files, large objects). */
	static boolean binary(@Nullable Object value) {
		return value instanceof byte[] || value instanceof Byte[] || value instanceof Blob || value instanceof Clob;
	}

	/** The elements of a collection as a sorted, comma-separated text; null when empty. */
	static @Nullable String elements(Collection<?> elements, SharedSessionContractImplementor session) {
		if (elements.isEmpty()) {
			return null;
		}
		return elements.stream().map(element -> element(element, session)).sorted().collect(Collectors.joining(", "));
	}

	private static String element(@Nullable Object element, SharedSessionContractImplementor session) {
		if (element == null) {
			return "";
		}
		if (element instanceof Enum<?> e) {
			return e.name();
		}
		if (session.getFactory().getMappingMetamodel().isEntityClass(org.hibernate.Hibernate.getClass(element))) {
			return String.valueOf(session.getFactory().getPersistenceUnitUtil().getIdentifier(element));
		}
		return Objects.toString(element);
	}

	private static Written text(@Nullable String text) {
		return new Written(text == null || text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…",
				ValueType.TEXT);
	}
}
