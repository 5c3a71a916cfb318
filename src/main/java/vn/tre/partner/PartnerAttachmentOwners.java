package vn.tre.partner;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tre.document.AttachmentOwners;

/** Partners carry attachments that every logged-in user may read; the unit that entered the partner changes them. */
@Component
class PartnerAttachmentOwners implements AttachmentOwners {

	static final String TYPE = "partner";

	private final Partners partners;

	PartnerAttachmentOwners(Partners partners) {
		this.partners = partners;
	}

	@Override
	public String ownerType() {
		return TYPE;
	}

	@Override
	public Optional<Long> owningUnit(long ownerId) {
		return partners.findById(ownerId).map(Partner::getOwnerUnitId);
	}

	@Override
	public boolean sharedRecord() {
		return true;
	}
}
