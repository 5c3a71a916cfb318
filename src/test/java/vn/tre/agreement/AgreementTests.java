package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementTests {

	static final LocalDate REQUESTED = LocalDate.of(2026, 3, 2);

	static AgreementDetails memorandum(long... partnerIds) {
		List<ForeignParty> parties = java.util.Arrays.stream(partnerIds)
			.mapToObj(id -> new ForeignParty(id, "Suzuki Taro", "Thống đốc"))
			.toList();
		return new AgreementDetails("Bản ghi nhớ hợp tác giữa tỉnh Thanh Hóa và tỉnh Shizuoka",
				"Memorandum on cooperation between Thanh Hoa and Shizuoka", AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
				null, "Hợp tác lao động, du lịch", "Đỗ Minh Tuấn", "Chủ tịch UBND tỉnh", parties,
				Set.of(CooperationField.LABOUR, CooperationField.TOURISM), Set.of("vi", "ja"), null, null, null, null);
	}

	static OpinionRequest answered(OpinionAnswer answer, LocalDate on) {
		OpinionRequest request = new OpinionRequest(1L, 7L, null, REQUESTED, REQUESTED.plusDays(9));
		request.answer(answer, answer == OpinionAnswer.AGREE ? null : "Góp ý về điều 3", on, "bng.canbo");
		return request;
	}

	static Agreement decided() {
		Agreement agreement = new Agreement(1L, memorandum(10L), Set.of("JP"), 1L, Instant.EPOCH);
		agreement.startConsultation();
		agreement.decideToSign("12/QĐ-UBND", REQUESTED.plusDays(10), "Chủ tịch UBND tỉnh",
				List.of(answered(OpinionAnswer.AGREE_WITH_COMMENTS, REQUESTED.plusDays(5))));
		return agreement;
	}

	@Test
	void refusesSigningWithoutADecisionToSign() {
		Agreement agreement = new Agreement(1L, memorandum(10L), Set.of("JP"), 1L, Instant.EPOCH);
		assertThatThrownBy(() -> agreement.sign(new SigningDates(REQUESTED, null, null, null, true, false), REQUESTED))
			.isInstanceOf(AgreementRefused.class)
			.extracting("messageKey").isEqualTo("agreement.error.signingWithoutDecision");
		agreement.startConsultation();
		assertThatThrownBy(() -> agreement.sign(new SigningDates(REQUESTED, null, null, null, true, false), REQUESTED))
			.extracting("messageKey").isEqualTo("agreement.error.signingWithoutDecision");
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.CONSULTATION);
	}

	@Test
	void refusesEntryIntoForceBeforeSigningAndExpiryBeforeEntryIntoForce() {
		Agreement agreement = decided();
		LocalDate signed = REQUESTED.plusDays(20);
		assertThatThrownBy(() -> agreement.sign(new SigningDates(signed, "Thanh Hóa", signed.minusDays(1), null, true,
				false), signed)).extracting("messageKey", "field")
			.containsExactly("agreement.error.forceBeforeSigning", "entryIntoForceOn");
		assertThatThrownBy(() -> agreement.sign(new SigningDates(signed, "Thanh Hóa", signed.plusDays(10),
				signed.plusDays(5), false, false), signed)).extracting("messageKey", "field")
			.containsExactly("agreement.error.expiryBeforeForce", "expiresOn");
		assertThatThrownBy(() -> agreement.sign(new SigningDates(signed, null, null, signed.minusDays(3), false, false),
				signed)).extracting("messageKey").isEqualTo("agreement.error.expiryBeforeSigning");
		assertThatThrownBy(() -> agreement.sign(new SigningDates(REQUESTED.plusDays(9), null, null, null, true, false),
				signed)).extracting("messageKey").isEqualTo("agreement.error.signedBeforeDecision");
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.APPROVED_TO_SIGN);

		agreement.sign(new SigningDates(signed, "Thanh Hóa", signed, signed.plusYears(5), false, true), signed.plusDays(15));
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SIGNED);
		assertThat(agreement.getReportDue()).isEqualTo(signed.plusDays(15));
	}

	@Test
	void aDisagreementNeedsThePrimeMinistersConsentBeforeTheDecision() {
		Agreement agreement = new Agreement(1L, memorandum(10L), Set.of("JP"), 1L, Instant.EPOCH);
		agreement.startConsultation();
		List<OpinionRequest> opinions = List.of(answered(OpinionAnswer.AGREE, REQUESTED.plusDays(3)),
				answered(OpinionAnswer.DISAGREE, REQUESTED.plusDays(4)));
		assertThatThrownBy(() -> agreement.decideToSign("1/QĐ", REQUESTED.plusDays(5), "Chủ tịch", opinions))
			.extracting("messageKey").isEqualTo("agreement.error.pmConsentRequired");

		agreement.requestPrimeMinister(REQUESTED.plusDays(5), REQUESTED.plusDays(14));
		agreement.recordPrimeMinisterAnswer(true, REQUESTED.plusDays(12), "123/TTg-QHQT");
		agreement.decideToSign("1/QĐ", REQUESTED.plusDays(13), "Chủ tịch", opinions);
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.APPROVED_TO_SIGN);
	}

	@Test
	void aPrimeMinistersRefusalEndsTheProposal() {
		Agreement agreement = new Agreement(1L, memorandum(10L), Set.of("JP"), 1L, Instant.EPOCH);
		agreement.startConsultation();
		agreement.requestPrimeMinister(REQUESTED, REQUESTED.plusDays(9));
		agreement.recordPrimeMinisterAnswer(false, REQUESTED.plusDays(8), "99/TTg");
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.WITHDRAWN);
		assertThatThrownBy(() -> agreement.change(memorandum(10L), Set.of("JP")))
			.extracting("messageKey").isEqualTo("agreement.error.finished");
	}

	@Test
	void refusesADecisionWhileOpinionsAreOutstanding() {
		Agreement agreement = new Agreement(1L, memorandum(10L), Set.of("JP"), 1L, Instant.EPOCH);
		agreement.startConsultation();
		OpinionRequest pending = new OpinionRequest(1L, 7L, null, REQUESTED, REQUESTED.plusDays(9));
		assertThatThrownBy(() -> agreement.decideToSign("1/QĐ", REQUESTED.plusDays(2), "Chủ tịch", List.of(pending)))
			.extracting("messageKey").isEqualTo("agreement.error.opinionsPending");
		assertThatThrownBy(() -> agreement.decideToSign("1/QĐ", REQUESTED.plusDays(2), "Chủ tịch", List.of()))
			.extracting("messageKey").isEqualTo("agreement.error.decisionNeedsConsultation");
	}

	@Test
	void anOpinionOtherThanAgreeNeedsItsText() {
		OpinionRequest request = new OpinionRequest(1L, 7L, null, REQUESTED, REQUESTED.plusDays(9));
		assertThatThrownBy(() -> request.answer(OpinionAnswer.DISAGREE, " ", REQUESTED.plusDays(1), "x"))
			.extracting("messageKey").isEqualTo("agreement.error.answerTextRequired");
		assertThatThrownBy(() -> request.answer(OpinionAnswer.AGREE, null, REQUESTED.minusDays(1), "x"))
			.extracting("messageKey").isEqualTo("agreement.error.answerBeforeRequest");
		assertThat(request.overdueOn(REQUESTED.plusDays(10))).isTrue();
		request.answer(OpinionAnswer.AGREE, null, REQUESTED.plusDays(1), "x");
		assertThat(request.overdueOn(REQUESTED.plusDays(10))).isFalse();
	}

	@Test
	void extendsOnlyToALaterExpiryAndEndsNoEarlierThanSigning() {
		Agreement agreement = decided();
		LocalDate signed = REQUESTED.plusDays(20);
		agreement.sign(new SigningDates(signed, null, null, signed.plusYears(2), false, false), signed.plusDays(15));
		agreement.enterIntoForce(signed.plusDays(1));
		assertThatThrownBy(() -> agreement.extend(signed.plusYears(1)))
			.extracting("messageKey").isEqualTo("agreement.error.extensionNotLater");
		agreement.extend(signed.plusYears(4));
		assertThat(agreement.getExpiresOn()).isEqualTo(signed.plusYears(4));
		assertThatThrownBy(() -> agreement.terminate(signed.minusDays(1), "Hai bên thống nhất"))
			.extracting("messageKey").isEqualTo("agreement.error.endBeforeSigning");
		agreement.suspend("Dịch bệnh");
		agreement.resume();
		agreement.terminate(signed.plusYears(1), "Hai bên thống nhất");
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.TERMINATED);
		assertThat(agreement.getEndedOn()).isEqualTo(signed.plusYears(1));
	}

	@Test
	void partiesAreFixedOnceSigned() {
		Agreement agreement = decided();
		agreement.sign(new SigningDates(REQUESTED.plusDays(20), null, null, null, true, false), REQUESTED.plusDays(35));
		assertThatThrownBy(() -> agreement.change(memorandum(10L, 11L), Set.of("JP")))
			.extracting("messageKey").isEqualTo("agreement.error.partiesFixedAfterSigning");
		agreement.change(memorandum(10L), Set.of("JP"));
		assertThat(agreement.reportOverdueOn(REQUESTED.plusDays(36))).isTrue();
		agreement.fileReport(REQUESTED.plusDays(30), REQUESTED.plusDays(30), "15/BC-UBND");
		assertThat(agreement.reportOverdueOn(REQUESTED.plusDays(36))).isFalse();
	}
}
