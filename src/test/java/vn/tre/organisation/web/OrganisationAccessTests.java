package vn.tre.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/**
 * Every endpoint of the organisation module, called by a user of another province (refused with 403 or
 * 404, never data), by a non-administrator on administration endpoints (403), and by a ministry user (data).
 */
@TreIntegrationTest
class OrganisationAccessTests {

	@Autowired
	Logins logins;

	@Autowired
	OrgUnitManagement units;

	static long thanhHoa;

	static long commune;

	@BeforeEach
	void findUnits() {
		thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		commune = units.findCurrentByCode("38-DEMO-01", OrgUnitType.COMMUNE).orElseThrow().getId();
	}

	/** Reads of Thanh Hóa's records. */
	static Stream<String> readsOfThanhHoa() {
		return Stream.of("/org-units/{p}", "/org-units/{p}/children", "/org-units/{c}", "/api/v1/org-units/{p}",
				"/api/v1/org-units/{p}/successors", "/api/v1/org-units/tree?rootId={p}", "/api/v1/org-units/{c}");
	}

	/** Administration endpoints. */
	static Stream<String> administration() {
		return Stream.of("GET /org-units/new", "GET /org-units/{p}/edit", "POST /org-units", "POST /org-units/{p}",
				"GET /org-units/import", "GET /org-units/import/template", "POST /org-units/import");
	}

	private static String path(String template) {
		return template.replace("{p}", String.valueOf(thanhHoa)).replace("{c}", String.valueOf(commune));
	}

	@ParameterizedTest
	@MethodSource("readsOfThanhHoa")
	void refusesAnotherProvinceEveryRead(String template) throws Exception {
		int status = logins.mvc().perform(get(path(template)).with(logins.as("danang.canbo"))).andReturn()
			.getResponse().getStatus();
		assertThat(status).isIn(403, 404);
	}

	@ParameterizedTest
	@MethodSource("readsOfThanhHoa")
	void servesTheMinistryEveryRead(String template) throws Exception {
		var response = logins.mvc().perform(get(path(template)).with(logins.as("bng.canbo"))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).containsAnyOf("Thanh Hóa", "Hạc Thành");
	}

	@ParameterizedTest
	@MethodSource("readsOfThanhHoa")
	void servesTheOwnProvinceEveryRead(String template) throws Exception {
		int status = logins.mvc().perform(get(path(template)).with(logins.as("thanhhoa.canbo"))).andReturn()
			.getResponse().getStatus();
		assertThat(status).isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("administration")
	void refusesAdministrationToEveryoneButMinistryAdministrators(String endpoint) throws Exception {
		for (String user : List.of("thanhhoa.lanhdao", "bng.canbo")) {
			int status = logins.mvc().perform(request(endpoint).with(logins.as(user)).with(csrf())).andReturn()
				.getResponse().getStatus();
			assertThat(status).as(endpoint + " as " + user).isEqualTo(403);
		}
	}

	@Test
	void letsTheAdministratorOpenTheAdministrationPages() throws Exception {
		for (String endpoint : List.of("GET /org-units/new", "GET /org-units/{p}/edit", "GET /org-units/import",
				"GET /org-units/import/template")) {
			int status = logins.mvc().perform(request(endpoint).with(logins.as("admin"))).andReturn().getResponse().getStatus();
			assertThat(status).as(endpoint).isEqualTo(200);
		}
	}

	@Test
	void listsAndExportsOnlyTheUnitsInScope() throws Exception {
		String list = logins.mvc().perform(get("/api/v1/org-units?size=500").with(logins.as("danang.canbo")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains("Đà Nẵng").doesNotContain("Thanh Hóa").doesNotContain("Hạc Thành");

		String page = logins.mvc().perform(get("/org-units?q=a").with(logins.as("danang.canbo")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(">Phường Hải Châu<").doesNotContain(">Phường Hạc Thành<");

		byte[] export = logins.mvc().perform(get("/org-units/export?historical=true").with(logins.as("danang.canbo")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			var names = new java.util.ArrayList<String>();
			workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(2).getStringCellValue()));
			assertThat(names).contains("Đà Nẵng", "Phường Hải Châu", "Quảng Nam").doesNotContain("Thanh Hóa");
		}
	}

	@Test
	void showsClustersToEveryLoggedInUserAndNothingToAnonymousVisitors() throws Exception {
		assertThat(logins.mvc().perform(get("/clusters?year=2025").with(logins.as("haichau.canbo"))).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Thanh Hóa");
		assertThat(logins.mvc().perform(get("/api/v1/clusters?year=2025")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		assertThat(logins.mvc().perform(get("/org-units")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private static AbstractMockHttpServletRequestBuilder<?> request(String endpoint) {
		String[] parts = endpoint.split(" ");
		String url = path(parts[1]);
		if (parts[0].equals("GET")) {
			return get(url);
		}
		if (url.endsWith("/import")) {
			return multipart(url).file(new MockMultipartFile("file", "x.csv", "text/csv", "code\n".getBytes()));
		}
		return post(url).param("type", "COMMUNE").param("code", "X1").param("nameVi", "Xã X").param("nameEn", "X");
	}
}
