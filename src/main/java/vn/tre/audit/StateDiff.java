package vn.tre.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import vn.tre.audit.EntityShapes.Shape;

/**
 * Compares two states of an entity as Hibernate holds them (either may be missing: an insert or a delete) and
 * lists the fields that differ; embedded values field by field, collections left to their own events, the
 * version left out, hidden and binary fields without their values.
 */
final class StateDiff {

	private StateDiff() {
	}

	/** The fields that differ between two states (either may be null: insert or delete), secrets without values. */
	static List<FieldChange> fields(Shape shape, EntityPersister persister, Object @Nullable [] before,
			Object @Nullable [] after, SharedSessionContractImplementor session) {
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
		var fields = new ArrayList<FieldChange>();
		for (int i = 0; i < names.length; i++) {
			if (i == version || types[i].isCollectionType()) {
				continue;
			}
			add(fields, shape, names[i], types[i], before == null ? null : before[i], after == null ? null : after[i], session);
		}
		return fields;
	}

	private static void add(List<FieldChange> fields, Shape shape, String name, Type type, @Nullable Object before,
			@Nullable Object after, SharedSessionContractImplementor session) {
		if (type instanceof ComponentType component) {
			String[] names = component.getPropertyNames();
			Type[] types = component.getSubtypes();
			Object[] b = before == null ? new Object[names.length] : component.getPropertyValues(before, session);
			Object[] a = after == null ? new Object[names.length] : component.getPropertyValues(after, session);
			for (int i = 0; i < names.length; i++) {
				add(fields, shape, name + "." + names[i], types[i], b[i], a[i], session);
			}
			return;
		}
		if (shape.hiddenFields().contains(name) || Values.binary(before) || Values.binary(after)) {
			if (!Objects.deepEquals(before, after)) {
				fields.add(FieldChange.hidden(name));
			}
			return;
		}
		Values.Written b = Values.write(before, type, session);
		Values.Written a = Values.write(after, type, session);
		if (!Objects.equals(b.text(), a.text())) {
			fields.add(new FieldChange(name, b.text(), a.text(), a.text() == null ? b.type() : a.type(), false));
		}
	}
}
