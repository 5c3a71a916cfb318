package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import vn.tre.agreement.AgreementStatus;
import vn.tre.agreement.CooperationField;
import vn.tre.partner.PartnerDirectory;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The agreement form and the step dialogs refuse bad input with clear messages, and keep what was typed. */
@TreIntegrationTest
class AgreementFormTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

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
		clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		pages = new AgreementPages(agreements, partners, logins);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void refusesAnAgreementWithoutTitleOrPartyKeepingWhatWasTyped() throws Exception {
		String page = AgreementPages.text(logins.mvc().perform(post("/agreements").with(logins.as("thanhhoa.canbo"))
				.with(csrf()).param("titleVi", " ").param("titleForeign", "Memorandum on labour cooperation")
				.param("kind", "MEMORANDUM_OF_UNDERSTANDING").param("rows[0].signatoryName", "Suzuki Taro")
				.param("fields", "LABOUR").param("languages", "ja")).andReturn());
		assertThat(page).contains("Có lỗi cần sửa")
			.contains("Hãy nhập tên thỏa thuận bằng tiếng Việt.")
			.contains("Cần chọn ít nhất một bên nước ngoài.")
			.contains("value=\"Memorandum on labour cooperation\"")
			.contains("value=\"Suzuki Taro\"")
			.containsPattern("value=\"LABOUR\"[^>]*checked");
	}

	@Test
	void createsADraftWithItsPartiesAndShowsItsPage() throws Exception {
		long niigata = pages.partner("Niigata Prefecture");
		MvcResult created = logins.mvc().perform(post("/agreements").with(logins.as("thanhhoa.canbo")).with(csrf())
				.param("titleVi", "Bản ghi nhớ hợp tác lao động Thanh Hóa – Niigata").param("kind", "MEMORANDUM_OF_UNDERSTANDING")
				.param("party0", String.valueOf(niigata)).param("rows[0].signatoryName", "Hanazumi Hideyo")
				.param("rows[0].signatoryPosition", "Thống đốc").param("fields", "LABOUR", "TOURISM")
				.param("languages", "vi", "ja")).andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/agreements/");
		String page = pages.followed("thanhhoa.canbo", created);
		assertThat(page).contains("Đã tạo bản ghi.").contains("Bản ghi nhớ hợp tác lao động Thanh Hóa – Niigata")
			.contains("Hanazumi Hideyo, Thống đốc").contains("Dự thảo").contains("Lao động").contains("Tiếng Nhật")
			.contains("Gửi lấy ý kiến").doesNotContain("id=\"roadmap\"");
	}

	@Test
	void refusesEntryIntoForceBeforeSigningKeepingTheDialogAsTyped() throws Exception {
		Agreement agreement = pages.decided(logins.actor("thanhhoa.canbo"), "Thỏa thuận hợp tác y tế Thanh Hóa – Shizuoka",
				pages.partner("Shizuoka Prefecture"), TODAY.minusDays(3));
		MvcResult refused = sign(agreement, "14/06/2026", "13/06/2026", "");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("agreement.error.forceBeforeSigning");
		String page = pages.followed("thanhhoa.canbo", refused);
		assertThat(page).contains("Ngày có hiệu lực không thể trước ngày ký.")
			.contains("data-open-on-load=\"true\"")
			.contains("value=\"14/06/2026\"").contains("value=\"13/06/2026\"").contains("value=\"Tokyo\"");
		assertThat(agreements.get(logins.actor("thanhhoa.canbo"), agreement.getId()).getStatus())
			.isEqualTo(AgreementStatus.APPROVED_TO_SIGN);
	}

	@Test
	void refusesExpiryBeforeEntryIntoForce() throws Exception {
		Agreement agreement = pages.decided(logins.actor("thanhhoa.canbo"), "Thỏa thuận hợp tác giáo dục Thanh Hóa – Sakai",
				pages.partner("Sakai City"), TODAY.minusDays(3));
		MvcResult refused = sign(agreement, "14/06/2026", "20/06/2026", "19/06/2026");
		String page = pages.followed("thanhhoa.canbo", refused);
		assertThat(page).contains("Ngày hết hiệu lực phải sau ngày có hiệu lực.").contains("value=\"19/06/2026\"");
	}

	@Test
	void refusesSigningWithoutTheDecisionToSignInVietnamese() throws Exception {
		Agreement draft = pages.draft(logins.actor("thanhhoa.canbo"), "Bản ghi nhớ du lịch Thanh Hóa – Houaphanh",
				pages.partner("Houaphanh Province"), CooperationField.TOURISM);
		MvcResult refused = sign(draft, "14/06/2026", "", "");
		String page = pages.followed("thanhhoa.canbo", refused);
		assertThat(page).contains("Chưa có quyết định ký của Chủ tịch (hoặc người được ủy quyền): không thể ghi nhận việc ký.");
		assertThat(agreements.get(logins.actor("thanhhoa.canbo"), draft.getId()).getSignedOn()).isNull();
	}

	@Test
	void refusesADateThatIsNotADate() throws Exception {
		Agreement agreement = pages.decided(logins.actor("thanhhoa.canbo"), "Thỏa thuận hợp tác nông nghiệp Thanh Hóa – Niigata",
				pages.partner("Niigata Prefecture"), TODAY.minusDays(3));
		String page = pages.followed("thanhhoa.canbo", sign(agreement, "31/02/2026", "", ""));
		assertThat(page).contains("Ngày không hợp lệ").contains("value=\"31/02/2026\"");
	}

	@Test
	void signsAnAgreementThroughItsDialog() throws Exception {
		Agreement agreement = pages.decided(logins.actor("thanhhoa.canbo"), "Thỏa thuận hợp tác thương mại Thanh Hóa – Shizuoka",
				pages.partner("Shizuoka Prefecture"), TODAY.minusDays(3));
		MvcResult signed = sign(agreement, "14/06/2026", "14/06/2026", "14/06/2031");
		String page = pages.followed("thanhhoa.canbo", signed);
		assertThat(page).contains("Đã ghi nhận việc ký thỏa thuận.").contains("Đang có hiệu lực").contains("14/06/2031")
			.contains("Ghi nhận báo cáo");
	}

	private MvcResult sign(Agreement agreement, String signedOn, String force, String expiry) throws Exception {
		return logins.mvc().perform(post("/agreements/" + agreement.getId() + "/sign").with(logins.as("thanhhoa.canbo"))
				.with(csrf()).param("version", String.valueOf(agreements.get(logins.actor("thanhhoa.canbo"),
						agreement.getId()).getVersion()))
				.param("signedOn", signedOn).param("place", "Tokyo").param("entryIntoForceOn", force)
				.param("expiresOn", expiry)).andReturn();
	}
}
