package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.tre.notification.Notifications;
import vn.tre.notification.Task;
import vn.tre.notification.TaskStatus;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class AgreementLifecycleIntegrationTests {

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Notifications notifications;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long partner(String name) {
		return partners.search(logins.actor("admin"), PartnerFilter.none().withQuery(name), PageRequest.of(0, 1))
			.getContent().getFirst().getId();
	}

	private List<Task> tasksOf(String username) {
		return notifications.inbox(logins.actor(username), TaskStatus.OPEN, PageRequest.of(0, 500)).getContent();
	}

	@Test
	void takesAnAgreementFromDraftThroughTheMinistrysOpinionToSigning() {
		clock.set(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		Actor officer = logins.actor("thanhhoa.canbo");
		Actor ministry = logins.actor("bng.canbo");
		long niigata = partner("Niigata Prefecture");
		Agreement agreement = agreements.create(officer, officer.unitId(), AgreementTests.memorandum(niigata));
		long id = agreement.getId();
		assertThat(agreement.getCountries()).containsExactly("JP");

		long ministryUnit = agreements.ministryUnit().orElseThrow().getId();
		List<OpinionRequest> requests = agreements.requestOpinions(officer, id, agreement.getVersion(),
				List.of(ConsultedBody.unit(ministryUnit), ConsultedBody.outside("Bộ Công an")), LocalDate.of(2026, 3, 2));
		// Seven working days after Monday 02/03/2026 is Wednesday 11/03/2026.
		assertThat(requests).extracting(OpinionRequest::getDueOn).containsOnly(LocalDate.of(2026, 3, 11));
		OpinionRequest toMinistry = requests.getFirst();
		assertThat(tasksOf("bng.canbo")).anyMatch(t -> t.getLink().equals("/agreements/" + id + "/opinions/" + toMinistry.getId()));

		assertThatThrownBy(() -> agreements.answerOpinion(logins.actor("danang.canbo"), id, toMinistry.getId(), 0,
				OpinionAnswer.AGREE, null, LocalDate.of(2026, 3, 2))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> agreements.answerOpinion(officer, id, toMinistry.getId(), 0, OpinionAnswer.AGREE, null,
				LocalDate.of(2026, 3, 2))).isInstanceOf(Forbidden.class);
		clock.set(LocalDate.of(2026, 3, 6).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		agreements.answerOpinion(ministry, id, toMinistry.getId(), 0, OpinionAnswer.AGREE_WITH_COMMENTS,
				"Đề nghị làm rõ cơ chế phối hợp tại Điều 4.", LocalDate.of(2026, 3, 6));
		assertThat(tasksOf("bng.canbo")).noneMatch(t -> t.getLink().equals("/agreements/" + id + "/opinions/" + toMinistry.getId()));

		agreement = agreements.get(officer, id);
		long version = agreement.getVersion();
		assertThatThrownBy(() -> agreements.decideToSign(officer, id, version, "25/QĐ-UBND", LocalDate.of(2026, 3, 6),
				"Chủ tịch UBND tỉnh")).extracting("messageKey").isEqualTo("agreement.error.opinionsPending");
		agreements.answerOpinion(officer, id, requests.get(1).getId(), 0, OpinionAnswer.AGREE, null, LocalDate.of(2026, 3, 5));

		clock.set(LocalDate.of(2026, 3, 20).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		agreement = agreements.decideToSign(officer, id, version, "25/QĐ-UBND", LocalDate.of(2026, 3, 10), "Chủ tịch UBND tỉnh");
		agreement = agreements.sign(officer, id, agreement.getVersion(), new SigningDates(LocalDate.of(2026, 3, 18),
				"Niigata", LocalDate.of(2026, 3, 18), LocalDate.of(2031, 3, 18), false, true));
		assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
		// 15 calendar days after 18/03/2026 is Friday 02/04/2026.
		assertThat(agreement.getReportDue()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(agreements.history(officer, id)).extracting(AgreementTransition::getToStatus)
			.containsExactly(AgreementStatus.DRAFT, AgreementStatus.CONSULTATION, AgreementStatus.APPROVED_TO_SIGN,
					AgreementStatus.SIGNED, AgreementStatus.IN_FORCE);

		assertThatThrownBy(() -> agreements.get(logins.actor("danang.canbo"), id)).isInstanceOf(NotFound.class);
		assertThat(agreements.get(ministry, id).getId()).isEqualTo(id);
	}

	@Test
	void anotherProvinceSeesOnlyThePublicSummaryOfAgreementsWithItsOwnPartner() {
		clock.set(LocalDate.of(2026, 5, 4).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		Actor thanhHoa = logins.actor("thanhhoa.canbo");
		Actor daNang = logins.actor("danang.canbo");
		long sakai = partner("Sakai City");
		Agreement signed = AgreementFixtures.signed(agreements, thanhHoa, sakai, LocalDate.of(2026, 4, 20));
		assertThat(agreements.summariesWithPartner(daNang, sakai)).isEmpty();

		Agreement own = agreements.create(daNang, daNang.unitId(), AgreementTests.memorandum(sakai));
		assertThat(agreements.summariesWithPartner(daNang, sakai)).extracting(AgreementSummary::id).contains(signed.getId());
		assertThat(agreements.othersWithSamePartners(daNang, own.getId())).extracting(AgreementSummary::id)
			.contains(signed.getId());
		assertThatThrownBy(() -> agreements.opinions(daNang, signed.getId())).isInstanceOf(NotFound.class);
	}
}
