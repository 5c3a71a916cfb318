package vn.tre.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tre.delegation.DelegationPlan;
import vn.tre.delegation.DelegationPlans;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/**
 * Every endpoint of the delegation plans, called on Thanh Hóa's draft 2027 plan by users of Đà Nẵng (refused
 * with 403 or 404, never data), by users who may read but not act (403), and by the ministry (data).
 */
@TreIntegrationTest
class PlanAccessTests {

	private static final String ITEM_JSON = """
			{"version": %d, "direction": "OUTGOING", "purpose": "Xúc tiến", "countryCodes": ["JP"], "headLevel": "OTHER",
			 "quarter": 2, "size": 3, "fundingSource": "STATE_BUDGET", "estimatedCost": 1000}""";

	@Autowired
	Logins logins;

	@Autowired
	DelegationPlans plans;

	@Autowired
	OrgUnitManagement units;

	static long planId;

	static long version;

	static String ref;

	@BeforeEach
	void findThanhHoaDraft() {
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		DelegationPlan draft = plans.find(logins.actor("thanhhoa.canbo"), thanhHoa, 2027).orElseThrow();
		planId = draft.getId();
		DelegationPlan plan = plans.get(logins.actor("thanhhoa.canbo"), planId);
		version = plan.getVersion();
		ref = plan.current().getItems().getFirst().getRef().toString();
	}

	/** Every page, export and API endpoint of one plan. */
	static Stream<String> endpoints() {
		return Stream.of("GET /delegation-plans/{p}", "GET /delegation-plans/{p}?revision=1",
				"GET /delegation-plans/{p}/export.xlsx", "GET /delegation-plans/{p}/items/new",
				"GET /delegation-plans/{p}/items/{r}/edit", "POST /delegation-plans/{p}/items",
				"POST /delegation-plans/{p}/items/{r}", "POST /delegation-plans/{p}/items/{r}/delete",
				"POST /delegation-plans/{p}/submit", "POST /delegation-plans/{p}/approve", "POST /delegation-plans/{p}/return",
				"POST /delegation-plans/{p}/amend", "GET /api/v1/delegation-plans/{p}", "POST /api/v1/delegation-plans/{p}/items",
				"PUT /api/v1/delegation-plans/{p}/items/{r}", "DELETE /api/v1/delegation-plans/{p}/items/{r}",
				"POST /api/v1/delegation-plans/{p}/submit", "POST /api/v1/delegation-plans/{p}/approve",
				"POST /api/v1/delegation-plans/{p}/return", "POST /api/v1/delegation-plans/{p}/amend");
	}

	/** The endpoints that change the plan. */
	static Stream<String> changes() {
		return endpoints().filter(endpoint -> !endpoint.startsWith("GET"));
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void refusesAnotherProvinceEveryEndpoint(String endpoint) throws Exception {
		for (String user : List.of("danang.canbo", "danang.lanhdao", "haichau.canbo")) {
			var response = logins.mvc().perform(request(endpoint).with(logins.as(user)).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint + " as " + user).isIn(403, 404);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Hủa Phăn");
		}
		assertThat(plans.get(logins.actor("thanhhoa.canbo"), planId).getVersion()).isEqualTo(version);
	}

	@ParameterizedTest
	@MethodSource("changes")
	void refusesEveryChangeToTheViewerAndTheMinistry(String endpoint) throws Exception {
		for (String user : List.of("thanhhoa.xem", "bng.canbo")) {
			int status = logins.mvc().perform(request(endpoint).with(logins.as(user)).with(csrf())).andReturn().getResponse()
				.getStatus();
			assertThat(status).as(endpoint + " as " + user).isEqualTo(403);
		}
	}

	@Test
	void refusesApprovalByAnOfficer() throws Exception {
		for (String endpoint : List.of("POST /delegation-plans/{p}/approve", "POST /delegation-plans/{p}/return",
				"POST /api/v1/delegation-plans/{p}/approve", "POST /api/v1/delegation-plans/{p}/return")) {
			int status = logins.mvc().perform(request(endpoint).with(logins.as("thanhhoa.canbo")).with(csrf())).andReturn()
				.getResponse().getStatus();
			assertThat(status).as(endpoint).isEqualTo(403);
		}
	}

	@Test
	void showsThePlanToTheMinistry() throws Exception {
		for (String endpoint : List.of("GET /delegation-plans/{p}", "GET /api/v1/delegation-plans/{p}")) {
			var response = logins.mvc().perform(request(endpoint).with(logins.as("bng.canbo"))).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Hủa Phăn");
		}
		byte[] export = logins.mvc().perform(request("GET /delegation-plans/{p}/export.xlsx").with(logins.as("bng.canbo")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(7);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).contains("Nghi Sơn");
		}
	}

	@Test
	void listsOnlyThePlansInScope() throws Exception {
		String page = logins.mvc().perform(get("/delegation-plans").with(logins.as("danang.canbo"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Đà Nẵng").doesNotContain("Thanh Hóa");
		String api = logins.mvc().perform(get("/api/v1/delegation-plans?size=100").with(logins.as("danang.canbo")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).doesNotContain("\"id\":" + planId + ",");
		String ministry = logins.mvc().perform(get("/delegation-plans?year=2026").with(logins.as("bng.canbo"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ministry).contains("Thanh Hóa").contains("Đà Nẵng");
		assertThat(logins.mvc().perform(get("/api/v1/delegation-plans")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void opensTheFormsToTheOwnOfficers() throws Exception {
		for (String endpoint : List.of("GET /delegation-plans/{p}/items/new", "GET /delegation-plans/{p}/items/{r}/edit",
				"GET /delegation-plans/{p}/export.xlsx", "GET /delegation-plans/new")) {
			int status = logins.mvc().perform(request(endpoint).with(logins.as("thanhhoa.canbo"))).andReturn().getResponse()
				.getStatus();
			assertThat(status).as(endpoint).isEqualTo(200);
		}
		assertThat(logins.mvc().perform(get("/delegation-plans/new").with(logins.as("thanhhoa.xem"))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

	private static AbstractMockHttpServletRequestBuilder<?> request(String endpoint) {
		String[] parts = endpoint.split(" ");
		String url = parts[1].replace("{p}", String.valueOf(planId)).replace("{r}", ref);
		boolean api = url.startsWith("/api/");
		return switch (parts[0]) {
			case "GET" -> get(url);
			case "PUT" -> put(url).contentType(MediaType.APPLICATION_JSON).content(ITEM_JSON.formatted(version));
			case "DELETE" -> delete(url).param("version", String.valueOf(version));
			default -> api
					? post(url).contentType(MediaType.APPLICATION_JSON)
						.content(url.endsWith("/items") ? ITEM_JSON.formatted(version)
								: "{\"version\": " + version + ", \"comment\": \"Xem lại\"}")
					: post(url).param("version", String.valueOf(version)).param("comment", "Xem lại")
						.param("direction", "OUTGOING").param("purpose", "Xúc tiến").param("countryCodes", "JP")
						.param("headLevel", "OTHER").param("period", "Q2").param("size", "3")
						.param("fundingSource", "STATE_BUDGET").param("estimatedCost", "1000");
		};
	}
}
