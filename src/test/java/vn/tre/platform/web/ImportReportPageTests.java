package vn.tre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.util.HtmlUtils;
import vn.tre.organisation.CommuneImport;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/**
 * The report pages of the two imports (communes, partners), which share their summary, reasons and
 * confirmation: refused rows with their reasons in the user's language, and the confirmation that leaves
 * them out.
 */
@TreIntegrationTest
class ImportReportPageTests {

	@Autowired
	CommuneImport communes;

	@Autowired
	Logins logins;

	private String page(String user, String url) throws Exception {
		return HtmlUtils.htmlUnescape(logins.mvc().perform(get(url).with(logins.as(user))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void showsTheCommuneFilesRefusedRowsAndAsksToConfirmLeavingThemOut() throws Exception {
		String csv = """
				code,name,province_code,valid_from
				39101,Phường Quảng Hưng,38,01/07/2025
				39102,Phường Không Tỉnh,99,01/07/2025
				""";
		var job = communes.checkNow(logins.actor("admin"), "xa-phuong.csv", csv.getBytes(StandardCharsets.UTF_8));
		String report = page("admin", "/org-units/import/" + job.getId());
		assertThat(report).contains("xa-phuong.csv").contains("id=\"refused-rows\"").contains("39102")
			.contains("Phường Không Tỉnh").contains("99")
			.contains("action=\"/org-units/import/" + job.getId() + "/confirm\"").contains("name=\"accepted\"")
			.contains("href=\"/org-units/import\"");
		assertThat(report).contains("Dòng bị từ chối").doesNotContain("??");
	}

	@Test
	void showsThePartnerFilesRefusedRowsWithTheirReasons() throws Exception {
		String csv = """
				kind,country_code,name_en,name_vi
				FOREIGN_LOCALITY,JP,Tottori Prefecture,Tỉnh Tottori
				FOREIGN_LOCALITY,ZZ,Nowhere Province,
				""";
		var file = new MockMultipartFile("file", "doi-tac.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		String location = logins.mvc().perform(multipart("/partners/import").file(file).with(logins.as("thanhhoa.canbo"))
				.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/partners/import/");
		String report = page("thanhhoa.canbo", location);
		assertThat(report).contains("doi-tac.csv").contains("id=\"refused-rows\"").contains("Nowhere Province")
			.contains("ZZ").contains("action=\"" + location + "/confirm\"").contains("name=\"accepted\"")
			.doesNotContain("??");
		String english = HtmlUtils.htmlUnescape(logins.mvc().perform(get(location).param("lang", "en")
				.with(logins.as("thanhhoa.canbo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(english).contains("Refused").doesNotContain("??");
	}
}
