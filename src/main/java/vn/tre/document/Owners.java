package vn.tre.document;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import vn.tre.shared.NotFound;

/**
 * Every kind of record that carries attachments, found among the beans implementing {@link AttachmentOwners}.
 * They are looked up on first use, so that a module's façade may both implement the contract and call
 * {@link Attachments} without a cycle of beans.
 */
@Component
class Owners {

	private final ObjectProvider<AttachmentOwners> owners;

	private final Supplier<Map<String, AttachmentOwners>> byType = SingletonSupplier.of(this::collectByType);

	Owners(ObjectProvider<AttachmentOwners> owners) {
		this.owners = owners;
	}

	/** The record's owning unit and whether it is shared; 404 for an unknown kind or record. */
	Owner resolve(String ownerType, long ownerId) {
		AttachmentOwners kind = byType.get().get(ownerType);
		if (kind == null) {
			throw new NotFound("attachment owner");
		}
		long unitId = kind.owningUnit(ownerId).orElseThrow(() -> new NotFound("attachment owner"));
		return new Owner(unitId, kind.sharedRecord());
	}

	private Map<String, AttachmentOwners> collectByType() {
		return owners.orderedStream()
			.collect(Collectors.toUnmodifiableMap(AttachmentOwners::ownerType, Function.identity()));
	}

	/** A record that carries attachments: the unit whose rules apply, and whether everyone may read it. */
	record Owner(long unitId, boolean shared) {
	}
}
