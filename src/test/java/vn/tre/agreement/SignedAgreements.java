package vn.tre.agreement;

import java.util.List;
import vn.tre.shared.Actor;

/** Signs agreements through the façade with the dates a test needs; the clock must stand on the signing day or later. */
final class SignedAgreements {

	private SignedAgreements() {
	}

	/** Consulted (an outside body agreed ten days before), decided a week before, and signed with the dates given. */
	static Agreement sign(AgreementManagement agreements, Actor officer, long partnerId, SigningDates dates) {
		Agreement agreement = agreements.create(officer, officer.unitId(), AgreementTests.memorandum(partnerId));
		long id = agreement.getId();
		OpinionRequest request = agreements.requestOpinions(officer, id, agreement.getVersion(),
				List.of(ConsultedBody.outside("Bộ Công an")), dates.signedOn().minusDays(10)).getFirst();
		agreements.answerOpinion(officer, id, request.getId(), request.getVersion(), OpinionAnswer.AGREE, null,
				dates.signedOn().minusDays(8));
		agreement = agreements.get(officer, id);
		agreement = agreements.decideToSign(officer, id, agreement.getVersion(), "10/QĐ-UBND",
				dates.signedOn().minusDays(7), "Chủ tịch UBND tỉnh");
		return agreements.sign(officer, id, agreement.getVersion(), dates);
	}
}
