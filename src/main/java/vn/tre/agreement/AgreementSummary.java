package vn.tre.agreement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What any province may know of another unit's agreement with a partner it also works with: the title, the
 * partners, the signing date and the kind; never its texts, opinions or roadmap.
 */
public record AgreementSummary(long id, long unitId, String titleVi, @Nullable String titleForeign, AgreementKind kind,
		List<Long> partnerIds, @Nullable LocalDate signedOn, AgreementStatus status) {

	static AgreementSummary of(Agreement agreement) {
		return new AgreementSummary(agreement.getId(), agreement.getUnitId(), agreement.getTitleVi(),
				agreement.getTitleForeign(), agreement.getKind(), agreement.partnerIds(), agreement.getSignedOn(),
				agreement.getStatus());
	}
}
