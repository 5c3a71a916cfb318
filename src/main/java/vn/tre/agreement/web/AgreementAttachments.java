package vn.tre.agreement.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tre.agreement.AgreementManagement;
import vn.tre.document.AttachmentOwners;

/** Agreements carry attachments (texts, opinions, decision to sign); their unit's access rules apply. */
@Component
class AgreementAttachments implements AttachmentOwners {

	static final String OWNER_TYPE = "agreement";

	private final AgreementManagement agreements;

	AgreementAttachments(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public Optional<Long> owningUnit(long ownerId) {
		return agreements.unitOf(ownerId);
	}
}
