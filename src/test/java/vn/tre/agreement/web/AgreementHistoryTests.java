package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.CooperationField;
import vn.tre.partner.PartnerDirectory;
import vn.tre.platform.web.DateFormats;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** An agreement's history shows its steps with translated statuses and the changes of its record, field by field. */
@TreIntegrationTest
class AgreementHistoryTests {

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	AgreementPages pages;

	@BeforeEach
	void setUp() {
		pages = new AgreementPages(agreements, partners, logins);
	}

	@Test
	void showsTheStepsAndTheChangedFieldsWithTheirLabels() throws Exception {
		var officer = logins.actor("thanhhoa.canbo");
		long suwon = pages.partner("Suwon City");
		var agreement = pages.draft(officer, "Bản ghi nhớ hợp tác văn hóa Thanh Hóa – Suwon", suwon, CooperationField.CULTURE);
		var saved = logins.mvc().perform(post("/agreements/" + agreement.getId()).with(logins.as("thanhhoa.canbo")).with(csrf())
				.param("version", String.valueOf(agreement.getVersion()))
				.param("titleVi", "Bản ghi nhớ hợp tác văn hóa, thể thao Thanh Hóa – Suwon").param("kind", "MEMORANDUM_OF_UNDERSTANDING")
				.param("party0", String.valueOf(suwon)).param("fields", "CULTURE", "SPORTS").param("languages", "vi", "ko"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/agreements/" + agreement.getId());

		var withdrawn = logins.mvc().perform(post("/agreements/" + agreement.getId() + "/withdraw").with(logins.as("thanhhoa.canbo"))
				.with(csrf()).param("version", String.valueOf(agreements.get(officer, agreement.getId()).getVersion()))
				.param("date", DateFormats.DATE.format(agreements.today()))
				.param("reason", "Đối tác đề nghị tạm dừng")).andReturn();
		assertThat(withdrawn.getFlashMap().get("flashSuccess")).isEqualTo("agreement.web.done.withdraw");

		String page = pages.page("thanhhoa.canbo", "/agreements/" + agreement.getId() + "/history");
		assertThat(page).contains("Lịch sử: Bản ghi nhớ hợp tác văn hóa, thể thao Thanh Hóa – Suwon")
			.contains("Dự thảo").contains("Rút khỏi / hủy bỏ").contains("Đối tác đề nghị tạm dừng")
			.contains("Tên thỏa thuận (tiếng Việt)").contains("Bản ghi nhớ hợp tác văn hóa Thanh Hóa – Suwon");
		assertThat(pages.page("danang.canbo", "/agreements/" + agreement.getId() + "/history")).doesNotContain("Suwon");
	}
}
