package vn.tre.support;

import java.util.Optional;
import vn.tre.document.AttachmentOwners;

/**
 * Records of the kind "test-record" for the attachment tests: the record with id N belongs to the org unit
 * with id N, so a test attaches files to "a record of Thanh Hóa" by using Thanh Hóa's unit id.
 * {@link TreIntegrationTest} imports it as a bean.
 */
public class TestRecordOwners implements AttachmentOwners {

	public static final String TYPE = "test-record";

	@Override
	public String ownerType() {
		return TYPE;
	}

	@Override
	public Optional<Long> owningUnit(long ownerId) {
		return ownerId > 0 ? Optional.of(ownerId) : Optional.empty();
	}
}
