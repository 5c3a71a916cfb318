package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.OpinionRequest;
import vn.tre.partner.PartnerDirectory;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/**
 * The ministry answers an opinion request on its page; another province sees neither the agreement, nor its
 * opinions, history or steps, only the public summary next to its own agreement with the same partner.
 */
@TreIntegrationTest
class OpinionPageTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	AgreementPages pages;

	@BeforeEach
	void setUp() {
		clock.set(MONDAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		pages = new AgreementPages(agreements, partners, logins);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theMinistryAnswersWithCommentsOnTheOpinionPage() throws Exception {
		Agreement agreement = requestedOfTheMinistry("Bản ghi nhớ hợp tác y tế Thanh Hóa – Gyeonggi");
		OpinionRequest request = agreements.opinions(logins.actor("thanhhoa.canbo"), agreement.getId()).getFirst();
		String path = "/agreements/" + agreement.getId() + "/opinions/" + request.getId();

		String page = pages.page("bng.canbo", path);
		assertThat(page).contains("Bản ghi nhớ hợp tác y tế Thanh Hóa – Gyeonggi").contains("Y tế").contains("Gửi ý kiến")
			.contains("Đồng ý, có góp ý").contains("value=\"07/09/2026\"");
		assertThat(pages.page("thanhhoa.canbo", path)).doesNotContain("Gửi ý kiến").contains("Đang chờ ý kiến của");

		String refused = AgreementPages.text(answer("bng.canbo", path, request, "AGREE_WITH_COMMENTS", "").andReturn());
		assertThat(refused).contains("Cần ghi nội dung góp ý hoặc lý do không đồng ý.").contains("id=\"answer-"
				+ request.getId() + "-answer-AGREE_WITH_COMMENTS\" checked");

		MvcResult answered = answer("bng.canbo", path, request, "AGREE_WITH_COMMENTS", "Đề nghị bổ sung điều khoản bảo hộ công dân.")
			.andReturn();
		assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo(path);
		assertThat(pages.followed("bng.canbo", answered)).contains("Đã ghi nhận ý kiến.")
			.contains("Đề nghị bổ sung điều khoản bảo hộ công dân.").doesNotContain("Gửi ý kiến");
		assertThat(pages.page("thanhhoa.canbo", "/agreements/" + agreement.getId())).contains("Đồng ý, có góp ý")
			.contains("Đề nghị bổ sung điều khoản bảo hộ công dân.").contains("Ghi nhận quyết định ký");
	}

	@Test
	void anotherProvinceSeesNoneOfTheAgreementsPages() throws Exception {
		Agreement agreement = requestedOfTheMinistry("Bản ghi nhớ hợp tác giáo dục Thanh Hóa – Daegu");
		long id = agreement.getId();
		OpinionRequest request = agreements.opinions(logins.actor("thanhhoa.canbo"), id).getFirst();
		for (String path : new String[] { "/agreements/" + id, "/agreements/" + id + "/edit", "/agreements/" + id + "/history",
				"/agreements/" + id + "/opinions/" + request.getId() }) {
			assertThat(logins.mvc().perform(get(path).with(logins.as("danang.canbo"))).andReturn().getResponse().getStatus())
				.as(path).isEqualTo(404);
		}
		for (String step : new String[] { "withdraw", "request-opinions", "sign" }) {
			assertThat(logins.mvc().perform(post("/agreements/" + id + "/" + step).with(logins.as("danang.canbo")).with(csrf())
					.param("version", "0").param("date", "07/09/2026").param("reason", "x").param("requestedOn", "07/09/2026")
					.param("signedOn", "07/09/2026")).andReturn().getResponse().getStatus()).as(step).isEqualTo(404);
		}
		assertThat(answer("danang.canbo", "/agreements/" + id + "/opinions/" + request.getId(), request, "AGREE", "")
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(logins.mvc().perform(post("/agreements/" + id).with(logins.as("danang.canbo")).with(csrf())
				.param("titleVi", "x").param("kind", "OTHER")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(pages.page("danang.canbo", "/agreements?q=giao duc thanh hoa daegu")).contains("0 kết quả");
		byte[] export = logins.mvc().perform(get("/agreements/export").param("q", "giao duc thanh hoa daegu")
				.with(logins.as("danang.canbo"))).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(export, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Daegu");
	}

	@Test
	void anotherProvinceWithTheSamePartnerSeesThePublicSummaryOnly() throws Exception {
		long daegu = pages.partner("Daegu Metropolitan City");
		var signed = vn.tre.agreement.AgreementFixtures.signed(agreements, logins.actor("thanhhoa.canbo"), daegu,
				MONDAY.minusDays(1));
		Agreement own = pages.draft(logins.actor("danang.canbo"), "Thỏa thuận hợp tác du lịch Đà Nẵng – Daegu", daegu,
				CooperationField.TOURISM);
		String page = pages.page("danang.canbo", "/agreements/" + own.getId());
		assertThat(page).contains(signed.getTitleVi()).contains("Thanh Hóa").contains("06/09/2026")
			.doesNotContain("Hợp tác lao động, du lịch").doesNotContain("Suzuki Taro").doesNotContain("10/QĐ-UBND");
	}

	private Agreement requestedOfTheMinistry(String title) throws Exception {
		var officer = logins.actor("thanhhoa.canbo");
		Agreement agreement = pages.draft(officer, title, pages.partner(title.endsWith("Gyeonggi") ? "Gyeonggi Province"
				: "Daegu Metropolitan City"), CooperationField.HEALTH, CooperationField.EDUCATION);
		long ministry = agreements.ministryUnit().orElseThrow().getId();
		MvcResult sent = logins.mvc().perform(post("/agreements/" + agreement.getId() + "/request-opinions")
				.with(logins.as("thanhhoa.canbo")).with(csrf()).param("version", String.valueOf(agreement.getVersion()))
				.param("consulted", String.valueOf(ministry)).param("outside", "", "", "").param("requestedOn", "07/09/2026"))
			.andReturn();
		assertThat(sent.getFlashMap().get("flashSuccess")).isEqualTo("agreement.web.done.request-opinions");
		return agreements.get(officer, agreement.getId());
	}

	private org.springframework.test.web.servlet.ResultActions answer(String user, String path, OpinionRequest request,
			String answer, String text) throws Exception {
		return logins.mvc().perform(post(path).with(logins.as(user)).with(csrf())
				.param("version", String.valueOf(request.getVersion())).param("answer", answer).param("answerText", text)
				.param("answeredOn", "07/09/2026"));
	}
}
