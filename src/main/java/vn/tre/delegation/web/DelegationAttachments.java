package vn.tre.delegation.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tre.delegation.DelegationManagement;
import vn.tre.document.AttachmentOwners;

/** Delegations carry attachments (decision, programme, report); their unit's access rules apply. */
@Component
class DelegationAttachments implements AttachmentOwners {

	static final String OWNER_TYPE = "delegation";

	private final DelegationManagement delegations;

	DelegationAttachments(DelegationManagement delegations) {
		this.delegations = delegations;
	}

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public Optional<Long> owningUnit(long ownerId) {
		return delegations.unitOf(ownerId);
	}
}
