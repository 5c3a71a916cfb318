package vn.tre.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccountManagement;
import vn.tre.audit.AuditLog;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class SecurityLogControllerTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog auditLog;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void forbidsTheLogToEveryoneButMinistryAdministrators() throws Exception {
		mvc.perform(get("/admin/security-log").with(as("thanhhoa.canbo"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/security-log").with(as("bng.canbo"))).andExpect(status().isForbidden());
	}

	@Test
	void showsEventsNewestFirstFilteredByUserAndKind() throws Exception {
		auditLog.personalDataViewed(accounts.principal("huunghi.canbo").orElseThrow().actor(), "abtc-application", "7",
				"date of birth");

		String html = mvc.perform(get("/admin/security-log").param("user", "huunghi").param("kind", "PERSONAL_DATA_VIEWED")
				.with(as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("huunghi.canbo").contains("Xem dữ liệu cá nhân").contains("abtc-application #7")
			.contains("date of birth");
	}

	@Test
	void keepsAnInvalidDateTypedAndSaysHowToFixIt() throws Exception {
		String html = mvc.perform(get("/admin/security-log").param("from", "abc").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("value=\"abc\"").contains("is-invalid").contains("ngày/tháng/năm");
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() throws Exception {
		String html = mvc.perform(get("/admin/security-log").param("from", "10/07/2026").param("to", "01/07/2026")
				.with(as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("error-summary").contains("phải bằng hoặc sau");
	}

	@Test
	void exportsTheFilteredLogToExcelForAdministratorsOnly() throws Exception {
		auditLog.personalDataViewed(accounts.principal("haichau.canbo").orElseThrow().actor(), "citizen-protection-case", "9",
				"address");

		byte[] workbook = mvc.perform(get("/admin/security-log.xlsx").param("user", "haichau").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người dùng");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("haichau.canbo");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("citizen-protection-case #9");
		}

		mvc.perform(get("/admin/security-log.xlsx").with(as("danang.lanhdao"))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.principal(username).orElseThrow());
	}
}
