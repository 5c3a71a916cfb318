package vn.tre.partner;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tre.document.AttachmentOwners;

/** A relation's attachments (the twinning agreement, minutes) follow the access rules of the relation's unit. */
@Component
class RelationAttachmentOwners implements AttachmentOwners {

	static final String TYPE = "partner-relation";

	private final Relations relations;

	RelationAttachmentOwners(Relations relations) {
		this.relations = relations;
	}

	@Override
	public String ownerType() {
		return TYPE;
	}

	@Override
	public Optional<Long> owningUnit(long ownerId) {
		return relations.findById(ownerId).map(Relation::getUnitId);
	}
}
