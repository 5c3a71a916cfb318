package vn.tre.audit;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.collection.spi.PersistentMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.tre.audit.EntityShapes.Shape;
import vn.tre.audit.PendingChanges.RecordKey;
import vn.tre.shared.Actor;
import vn.tre.shared.Actors;

/**
 * Listens to Hibernate for every insert, update and delete of Tre's entities, and for changes of their
 * collections, and writes them to {@code audit.change} just before the transaction commits, on its
 * connection: a change and its history are committed or rolled back together.
 */
@Component
class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionUpdateEventListener, PreCollectionRemoveEventListener, PostCollectionUpdateEventListener,
		PostCollectionRecreateEventListener {

	static final String SYSTEM = "system";

	private final Changes changes;

	private final Clock clock;

	private final EntityShapes shapes = new EntityShapes();

	private final Map<SharedSessionContractImplementor, PendingChanges> pending = Collections.synchronizedMap(new WeakHashMap<>());

	ChangeRecorder(EntityManagerFactory entityManagerFactory, Changes changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		Shape shape = shapes.of(event.getPersister().getMappedClass());
		if (shape.recorded()) {
			pending(event.getSession()).created(key(shape, event.getId()),
					StateDiff.fields(shape, event.getPersister(), null, event.getState(), event.getSession()));
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Shape shape = shapes.of(event.getPersister().getMappedClass());
		if (shape.recorded()) {
			pending(event.getSession()).updated(key(shape, event.getId()),
					StateDiff.fields(shape, event.getPersister(), event.getOldState(), event.getState(), event.getSession()));
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		Shape shape = shapes.of(event.getPersister().getMappedClass());
		if (shape.recorded()) {
			pending(event.getSession()).deleted(key(shape, event.getId()),
					StateDiff.fields(shape, event.getPersister(), event.getDeletedState(), null, event.getSession()));
		}
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		collection(event, true);
	}

	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		collection(event, true);
		collection(event, false, null);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		collection(event, false);
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		collection(event, false);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/** Records a collection's elements: before the change (the snapshot Hibernate took) or after it. */
	private void collection(AbstractCollectionEvent event, boolean before) {
		PersistentCollection<?> collection = event.getCollection();
		collection(event, before, before ? elements(collection, collection.getStoredSnapshot(), event.getSession())
				: elements(collection, collection, event.getSession()));
	}

	private void collection(AbstractCollectionEvent event, boolean before, @Nullable String elements) {
		Object owner = event.getAffectedOwnerOrNull();
		Object ownerId = event.getAffectedOwnerIdOrNull();
		if (owner == null || ownerId == null) {
			return;
		}
		Shape shape = shapes.of(Hibernate.getClass(owner));
		if (!shape.recorded()) {
			return;
		}
		String role = event.getCollectionPersister().getRole();
		String field = role.substring(role.lastIndexOf('.') + 1);
		boolean hidden = shape.hiddenFields().contains(field);
		PendingChanges changes = pending(event.getSession());
		if (before) {
			changes.collectionBefore(key(shape, ownerId), field, elements, hidden);
		}
		else {
			changes.collectionAfter(key(shape, ownerId), field, elements, hidden);
		}
	}

	private static @Nullable String elements(PersistentCollection<?> collection, @Nullable Object contents,
			SharedSessionContractImplementor session) {
		if (contents == null) {
			return null;
		}
		if (contents instanceof Map<?, ?> map) {
			// A set's snapshot maps each element to itself; a map's snapshot is the map.
			return collection instanceof PersistentMap<?, ?> ? Values.elements(map.entrySet().stream()
				.map(entry -> entry.getKey() + "=" + entry.getValue()).toList(), session)
					: Values.elements(map.values(), session);
		}
		return contents instanceof Collection<?> elements ? Values.elements(elements, session) : null;
	}

	private static RecordKey key(Shape shape, Object id) {
		return new RecordKey(shape.entityType(), String.valueOf(id));
	}

	/** The changes of the session's transaction; the first one registers their writing before it commits. */
	private PendingChanges pending(SharedSessionContractImplementor session) {
		PendingChanges existing = pending.get(session);
		if (existing != null) {
			return existing;
		}
		var created = new PendingChanges();
		pending.put(session, created);
		session.getTransactionCompletionCallbacks().registerCallback(
				(BeforeCompletionCallback) this::write);
		session.getTransactionCompletionCallbacks().registerCallback(
				(AfterCompletionCallback) (success, s) -> pending.remove(s));
		return created;
	}

	private void write(SharedSessionContractImplementor session) {
		PendingChanges changes = pending.remove(session);
		if (changes == null || changes.isEmpty()) {
			return;
		}
		var entries = changes.entries();
		if (!entries.isEmpty()) {
			Actor actor = Actors.current().orElse(null);
			this.changes.insert(entries, clock.instant(), actor == null ? null : actor.userId(),
					actor == null ? SYSTEM : actor.username());
		}
	}
}
