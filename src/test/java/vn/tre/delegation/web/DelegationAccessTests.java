package vn.tre.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationDetails;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.Member;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/**
 * Every endpoint of the delegation module, for a Thanh Hóa delegation: another province gets 403 or 404 and
 * never its data; an officer cannot approve; the ministry reads it.
 */
@TreIntegrationTest
class DelegationAccessTests {

	@Autowired
	Logins logins;

	@Autowired
	DelegationManagement delegations;

	static long id;

	@BeforeEach
	void createDelegation() {
		var officer = logins.actor("thanhhoa.canbo");
		LocalDate from = LocalDate.of(2027, 10, 5);
		Delegation d = delegations.create(officer, officer.unitId(), new DelegationDetails(Direction.OUTGOING,
				"Đoàn bí mật thăm Niigata", "Trao đổi văn hóa", "Mai Văn Dũng", null, HeadLevel.DEPARTMENT_LEADER,
				List.of(new Member("Hà Thị Thu", null, null, false, false)), Set.of("JP"), Set.of(), List.of(), from,
				from.plusDays(3), FundingSource.STATE_BUDGET, null, null, "Lời mời"));
		id = delegations.submit(officer, d.getId(), d.getVersion(), null).getId();
	}

	static Stream<String> endpoints() {
		return Stream.of("GET /delegations/{id}", "GET /delegations/{id}/edit", "GET /delegations/{id}/history",
				"GET /delegations/{id}/report", "POST /delegations/{id}", "POST /delegations/{id}/approve",
				"POST /delegations/{id}/return", "POST /delegations/{id}/reject", "POST /delegations/{id}/cancel",
				"POST /delegations/{id}/postpone", "POST /delegations/{id}/start", "POST /delegations/{id}/complete",
				"POST /delegations/{id}/close", "POST /delegations/{id}/submit", "POST /delegations/{id}/report",
				"GET /api/v1/delegations/{id}", "PUT /api/v1/delegations/{id}", "POST /api/v1/delegations/{id}/approve",
				"POST /api/v1/delegations/{id}/cancel", "POST /api/v1/delegations/{id}/report",
				"GET /api/v1/attachments?ownerType=delegation&ownerId={id}",
				"GET /delegations/rules?unitId={unit}", "GET /delegations/plan-vs-actual?unitId={unit}&year=2027",
				"GET /api/v1/delegations/indicators?year=2027&unitId={unit}");
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void refusesAnotherProvinceEveryEndpoint(String endpoint) throws Exception {
		var response = logins.mvc().perform(request(endpoint).with(logins.as("danang.lanhdao")).with(csrf())).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(endpoint).isIn(403, 404);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Đoàn bí mật thăm Niigata");
	}

	@Test
	void listsExportsAndCalendarsNothingOfAnotherProvince() throws Exception {
		for (String url : List.of("/delegations?year=2027", "/delegations/calendar?month=2027-10", "/api/v1/delegations?year=2027")) {
			String body = logins.mvc().perform(get(url).with(logins.as("danang.lanhdao"))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(url).doesNotContain("Đoàn bí mật thăm Niigata");
		}
		byte[] export = logins.mvc().perform(get("/delegations/export?year=2027").with(logins.as("danang.lanhdao")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(export, StandardCharsets.ISO_8859_1)).doesNotContain("Niigata");
	}

	@Test
	void refusesApprovalByAnOfficer() throws Exception {
		int page = logins.mvc().perform(post("/delegations/" + id + "/approve").param("version", version())
				.with(logins.as("thanhhoa.canbo")).with(csrf())).andReturn().getResponse().getStatus();
		int api = logins.mvc().perform(post("/api/v1/delegations/" + id + "/approve").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version() + "}").with(logins.as("thanhhoa.canbo")).with(csrf()))
			.andReturn().getResponse().getStatus();
		assertThat(page).isEqualTo(403);
		assertThat(api).isEqualTo(403);
	}

	@Test
	void letsTheMinistrySeeButNotDecide() throws Exception {
		for (String url : List.of("/delegations/" + id, "/api/v1/delegations/" + id, "/delegations/" + id + "/history",
				"/delegations?year=2027")) {
			var response = logins.mvc().perform(get(url).with(logins.as("bng.canbo"))).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(url).contains("Đoàn bí mật thăm Niigata");
		}
		int approve = logins.mvc().perform(post("/api/v1/delegations/" + id + "/approve").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version() + "}").with(logins.as("bng.canbo")).with(csrf()))
			.andReturn().getResponse().getStatus();
		assertThat(approve).isEqualTo(403);
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		assertThat(logins.mvc().perform(get("/api/v1/delegations")).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(logins.mvc().perform(get("/delegations")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private String version() {
		return String.valueOf(delegations.get(logins.actor("thanhhoa.canbo"), id).getVersion());
	}

	private MockHttpServletRequestBuilder request(String endpoint) {
		String[] parts = endpoint.split(" ");
		String url = parts[1].replace("{id}", String.valueOf(id))
			.replace("{unit}", String.valueOf(logins.actor("thanhhoa.canbo").unitId()));
		return switch (parts[0]) {
			case "GET" -> get(url);
			case "PUT" -> put(url).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\"}");
			default -> url.startsWith("/api/")
					? post(url).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"comment\": \"x\", \"followUps\": []}")
					: post(url).param("version", "0").param("comment", "x").param("title", "x");
		};
	}
}
