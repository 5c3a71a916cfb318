package vn.tre.agreement;

import java.time.LocalDate;
import java.util.List;
import vn.tre.shared.Actor;

/** Builds agreements in a given state through the façade, for tests. */
public final class AgreementFixtures {

	private AgreementFixtures() {
	}

	/**
	 * An agreement of the officer's unit with the partner, consulted (an outside body agreed), decided and
	 * signed on the given day, which must not be after the clock's today; in force from that day.
	 */
	public static Agreement signed(AgreementManagement agreements, Actor officer, long partnerId, LocalDate signedOn) {
		Agreement agreement = agreements.create(officer, officer.unitId(), AgreementTests.memorandum(partnerId));
		long id = agreement.getId();
		LocalDate asked = signedOn.minusDays(10);
		OpinionRequest request = agreements.requestOpinions(officer, id, agreement.getVersion(),
				List.of(ConsultedBody.outside("Bộ Công an")), asked).getFirst();
		agreements.answerOpinion(officer, id, request.getId(), request.getVersion(), OpinionAnswer.AGREE, null,
				asked.plusDays(2));
		agreement = agreements.get(officer, id);
		agreement = agreements.decideToSign(officer, id, agreement.getVersion(), "10/QĐ-UBND", asked.plusDays(3),
				"Chủ tịch UBND tỉnh");
		return agreements.sign(officer, id, agreement.getVersion(),
				new SigningDates(signedOn, null, signedOn, null, true, false));
	}
}
