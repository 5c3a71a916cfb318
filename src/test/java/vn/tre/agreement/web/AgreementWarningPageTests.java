package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.tre.agreement.AgreementMonitoring;
import vn.tre.agreement.OpenWarning;
import vn.tre.agreement.WarningKind;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/**
 * The warnings of the demo agreements as the daily job left them: on the home page of each province, on the
 * warnings page (the ministry sees both provinces), and in the fragment the agreement page includes.
 */
@TreIntegrationTest
class AgreementWarningPageTests {

	@Autowired
	Logins logins;

	@Autowired
	AgreementMonitoring monitoring;

	@Autowired
	TemplateEngine templates;

	@Test
	void listsEveryProvincesWarningsForTheMinistryWithFiltersByKindAndUnit() throws Exception {
		monitoring.run();
		String noRoadmap = page("/agreements/warnings?kind=NO_ROADMAP", "bng.canbo");
		assertThat(noRoadmap).contains("Cảnh báo sớm về thỏa thuận quốc tế").contains("Thanh Hóa").contains("Đà Nẵng")
			.contains("Thỏa thuận hợp tác phát triển du lịch với Thành phố Suwon")
			.contains("Bản ghi nhớ hợp tác giáo dục với tỉnh Hủa Phăn");
		String expiring = page("/agreements/warnings?kind=EXPIRING", "bng.canbo");
		assertThat(expiring).contains("Bản ghi nhớ hợp tác y tế với Thủ đô Viêng Chăn")
			.doesNotContain("Thỏa thuận hợp tác phát triển du lịch với Thành phố Suwon");
		long daNang = logins.actor("danang.canbo").unitId();
		assertThat(page("/agreements/warnings?unitId=" + daNang, "bng.canbo"))
			.contains("Bản ghi nhớ hợp tác giáo dục với tỉnh Hủa Phăn").doesNotContain("Thành phố Suwon");
		assertThat(page("/agreements/warnings", "danang.canbo")).doesNotContain("Thành phố Suwon");
		int status = logins.mvc().perform(get("/agreements/warnings?unitId=" + logins.actor("thanhhoa.canbo").unitId())
			.with(logins.as("danang.canbo"))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(404);
	}

	@Test
	void exportsTheFilteredWarningsOfTheViewersScope() throws Exception {
		monitoring.run();
		List<String> ministry = exported("/agreements/warnings/export?kind=NO_ROADMAP", "bng.canbo");
		assertThat(ministry.getFirst()).contains("Cảnh báo").contains("Thỏa thuận").contains("Ngày phát sinh");
		assertThat(ministry).anyMatch(row -> row.contains("Thỏa thuận hợp tác phát triển du lịch với Thành phố Suwon")
				&& row.contains("Thanh Hóa") && row.contains("Đã ký quá 60 ngày nhưng chưa có lộ trình triển khai"));
		assertThat(ministry).anyMatch(row -> row.contains("Bản ghi nhớ hợp tác giáo dục với tỉnh Hủa Phăn"));
		assertThat(exported("/agreements/warnings/export", "danang.canbo")).noneMatch(row -> row.contains("Thành phố Suwon"));
	}

	private List<String> exported(String url, String user) throws Exception {
		byte[] xlsx = logins.mvc().perform(get(url).with(logins.as(user))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			var rows = new java.util.ArrayList<String>();
			for (var row : sheet) {
				var cells = new java.util.ArrayList<String>();
				row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
				rows.add(String.join(" | ", cells));
			}
			return rows;
		}
	}

	@Test
	void rendersTheOpenWarningsOfOneAgreementAsAnAmberList() {
		monitoring.run();
		var late = monitoring.openWarnings(logins.actor("thanhhoa.canbo"), WarningKind.MILESTONE_OVERDUE, null,
				PageRequest.of(0, 1)).getContent().getFirst();
		var warnings = monitoring.warnings(logins.actor("thanhhoa.canbo"), late.agreementId());
		String html = templates.process("agreements/warnings", Set.of("list(warnings)"),
				new Context(Locale.forLanguageTag("vi"), Map.of("warnings", warnings)));
		assertThat(html).contains("alert alert-warning").contains("bi-hourglass-split").contains("Chậm")
			.contains(late.milestoneTitle());
		assertThat(templates.process("agreements/warnings", Set.of("list(warnings)"),
				new Context(Locale.forLanguageTag("vi"), Map.of("warnings", List.<OpenWarning>of())))).isBlank();
	}

	private String page(String url, String username) throws Exception {
		var response = logins.mvc().perform(get(url).with(logins.as(username))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
