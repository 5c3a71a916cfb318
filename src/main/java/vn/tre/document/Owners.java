package vn.tre.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tre.shared.NotFound;

/** Every kind of record that carries attachments, found among the beans implementing {@link AttachmentOwners}. */
@Component
class Owners {

	private final Map<String, AttachmentOwners> byType;

	Owners(List<AttachmentOwners> owners) {
		this.byType = owners.stream().collect(Collectors.toUnmodifiableMap(AttachmentOwners::ownerType, Function.identity()));
	}

	/** The record's owning unit and whether it is shared; 404 for an unknown kind or record. */
	Owner resolve(String ownerType, long ownerId) {
		AttachmentOwners owners = byType.get(ownerType);
		if (owners == null) {
			throw new NotFound("attachment owner");
		}
		long unitId = owners.owningUnit(ownerId).orElseThrow(() -> new NotFound("attachment owner"));
		return new Owner(unitId, owners.sharedRecord());
	}

	/** A record that carries attachments: the unit whose rules apply, and whether everyone may read it. */
	record Owner(long unitId, boolean shared) {
	}
}
