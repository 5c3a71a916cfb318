package vn.tre.partner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerMother;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationManagement;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/**
 * Every endpoint of the partner module: partners are shared (another province reads them, only their unit
 * changes them), relations are the unit's (another province gets 404, the ministry reads but does not change
 * them), viewers enter nothing, and only ministry administrators change countries and regions.
 */
@TreIntegrationTest
class PartnerAccessTests {

	@Autowired
	Logins logins;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	RelationManagement relations;

	@Autowired
	OrgUnitManagement units;

	static Partner partner;

	static Relation relation;

	static long thanhHoa;

	@BeforeEach
	void thanhHoaPartnerAndRelation() {
		if (partner == null) {
			thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
			partner = PartnerMother.create(partners, logins.actor("thanhhoa.canbo"));
			relation = relations.create(logins.actor("thanhhoa.canbo"), partner.getId(), thanhHoa,
					PartnerMother.twinning(LocalDate.of(2019, 6, 1)));
		}
	}

	/** Reads of a partner's public profile and of the shared reference data. */
	static Stream<String> sharedReads() {
		return Stream.of("GET /partners", "GET /partners/{p}", "HTMX /partners/{p}/timeline", "GET /partners/{p}/history",
				"GET /partners/export", "HTMX /partners/pick?q=test", "GET /partners/map", "GET /partners/map/data",
				"GET /countries", "GET /countries/export?region=ASEAN", "GET /api/v1/countries", "GET /api/v1/partners", "GET /api/v1/partners/{p}",
				"GET /api/v1/partners/{p}/timeline", "GET /relations", "GET /api/v1/relations", "GET /relations/export");
	}

	/** Reads of Thanh Hóa's relation. */
	static Stream<String> relationReads() {
		return Stream.of("GET /relations/{r}", "GET /relations/{r}/history", "GET /api/v1/relations/{r}");
	}

	/** Changes of Thanh Hóa's relation. */
	static Stream<String> relationChanges() {
		return Stream.of("GET /relations/{r}/edit", "POST /relations/{r}", "PUT /api/v1/relations/{r}");
	}

	/** Changes of the partner Thanh Hóa entered. */
	static Stream<String> partnerChanges() {
		return Stream.of("GET /partners/{p}/edit", "POST /partners/{p}", "PUT /api/v1/partners/{p}");
	}

	/** Entering partners and relations. */
	static Stream<String> entering() {
		return Stream.of("GET /partners/new", "POST /partners", "POST /api/v1/partners", "GET /partners/import",
				"POST /partners/import", "GET /partners/import/template", "GET /relations/new", "POST /relations",
				"POST /api/v1/relations");
	}

	/** Reference data administration. */
	static Stream<String> administration() {
		return Stream.of("GET /countries/KR/edit", "POST /countries/KR", "GET /regions/ASEAN/edit", "POST /regions/ASEAN");
	}

	@ParameterizedTest
	@MethodSource("sharedReads")
	void servesSharedRecordsToEveryProvinceAndCommune(String endpoint) throws Exception {
		for (String user : List.of("danang.canbo", "haichau.canbo", "thanhhoa.xem", "bng.canbo")) {
			assertThat(call(endpoint, user).getStatus()).as(endpoint + " as " + user).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@MethodSource("relationReads")
	void hidesARelationFromAnotherProvinceAndShowsItToTheMinistryAndItsProvince(String endpoint) throws Exception {
		assertThat(call(endpoint, "danang.canbo").getStatus()).as(endpoint).isEqualTo(404);
		assertThat(call(endpoint, "haichau.canbo").getStatus()).as(endpoint).isEqualTo(404);
		assertThat(call(endpoint, "bng.canbo").getStatus()).as(endpoint).isEqualTo(200);
		assertThat(call(endpoint, "thanhhoa.xem").getStatus()).as(endpoint).isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("relationChanges")
	void letsOnlyTheProvinceThatKeepsARelationChangeIt(String endpoint) throws Exception {
		assertThat(call(endpoint, "danang.canbo").getStatus()).as(endpoint).isIn(403, 404);
		assertThat(call(endpoint, "bng.canbo").getStatus()).as(endpoint).isEqualTo(403);
		assertThat(call(endpoint, "thanhhoa.xem").getStatus()).as(endpoint).isEqualTo(403);
		assertThat(call(endpoint, "hacthanh.canbo").getStatus()).as(endpoint).isIn(403, 404);
		assertThat(call(endpoint, "thanhhoa.canbo").getStatus()).as(endpoint).isIn(200, 302);
	}

	@ParameterizedTest
	@MethodSource("partnerChanges")
	void letsOnlyTheUnitThatEnteredAPartnerAndAdministratorsChangeIt(String endpoint) throws Exception {
		assertThat(call(endpoint, "danang.canbo").getStatus()).as(endpoint).isEqualTo(403);
		assertThat(call(endpoint, "bng.canbo").getStatus()).as(endpoint).isEqualTo(403);
		assertThat(call(endpoint, "thanhhoa.xem").getStatus()).as(endpoint).isEqualTo(403);
		assertThat(call(endpoint, "thanhhoa.canbo").getStatus()).as(endpoint).isIn(200, 302);
		assertThat(call(endpoint, "admin").getStatus()).as(endpoint).isIn(200, 302);
	}

	@ParameterizedTest
	@MethodSource("entering")
	void letsNoViewerEnterPartnersOrRelations(String endpoint) throws Exception {
		assertThat(call(endpoint, "thanhhoa.xem").getStatus()).as(endpoint).isEqualTo(403);
	}

	@ParameterizedTest
	@MethodSource("administration")
	void letsOnlyMinistryAdministratorsChangeCountriesAndRegions(String endpoint) throws Exception {
		for (String user : List.of("thanhhoa.lanhdao", "bng.canbo")) {
			assertThat(call(endpoint, user).getStatus()).as(endpoint + " as " + user).isEqualTo(403);
		}
		assertThat(call(endpoint.replace("POST", "GET").replace("/KR", "/KR/edit").replace("/ASEAN", "/ASEAN/edit")
			.replace("/edit/edit", "/edit"), "admin").getStatus()).isEqualTo(200);
	}

	@Test
	void refusesARelationForAnotherProvincesUnit() throws Exception {
		String body = """
				{"partnerId": %d, "unitId": %d, "type": "FRIENDSHIP", "establishedOn": "2020-01-01", "status": "ACTIVE"}
				""".formatted(partner.getId(), thanhHoa);
		var response = logins.mvc().perform(post("/api/v1/relations").with(logins.as("danang.canbo")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentType()).contains("application/problem+json");
		var page = logins.mvc().perform(post("/relations").with(logins.as("danang.canbo")).with(csrf())
			.param("partnerId", partner.getId().toString()).param("unitId", String.valueOf(thanhHoa)).param("type", "FRIENDSHIP")
			.param("establishedOn", "01/01/2020").param("status", "ACTIVE")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Bạn không được thiết lập quan hệ cho đơn vị này.");
	}

	@Test
	void listsAndExportsOnlyTheRelationsInScope() throws Exception {
		String list = call("GET /api/v1/relations?size=500", "danang.canbo").getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).doesNotContain("\"unitId\":" + thanhHoa + ",");
		String ministry = call("GET /api/v1/relations?size=500", "bng.canbo").getContentAsString(StandardCharsets.UTF_8);
		assertThat(ministry).contains("\"unitId\":" + thanhHoa + ",");
		String timeline = call("GET /api/v1/partners/{p}/timeline", "danang.canbo").getContentAsString(StandardCharsets.UTF_8);
		assertThat(timeline).contains("\"items\":[]");
	}

	@Test
	void asksNobodyAnonymousForData() throws Exception {
		assertThat(logins.mvc().perform(get("/api/v1/partners")).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(logins.mvc().perform(get("/partners")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private MockHttpServletResponse call(String endpoint, String user) throws Exception {
		return logins.mvc().perform(request(endpoint).with(logins.as(user)).with(csrf())).andReturn().getResponse();
	}

	private static AbstractMockHttpServletRequestBuilder<?> request(String endpoint) {
		String[] parts = endpoint.split(" ");
		String url = parts[1].replace("{p}", partner.getId().toString()).replace("{r}", relation.getId().toString());
		return switch (parts[0]) {
			case "GET" -> get(url);
			case "HTMX" -> get(url).header("HX-Request", "true");
			case "PUT" -> put(url).contentType(MediaType.APPLICATION_JSON).content(json(url));
			default -> url.endsWith("/import") ? multipart(url).file(new MockMultipartFile("file", "x.csv", "text/csv", "kind\n".getBytes()))
					: url.startsWith("/api/") ? post(url).contentType(MediaType.APPLICATION_JSON).content(json(url)) : form(post(url), url);
		};
	}

	private static String json(String url) {
		return url.contains("relations")
				? """
						{"partnerId": %d, "unitId": %d, "type": "TWINNING", "establishedOn": "2019-06-01", "status": "ACTIVE"}
						""".formatted(partner.getId(), thanhHoa)
				: """
						{"kind": "FOREIGN_LOCALITY", "nameEn": "Access Test %s", "countryCode": "KR"}
						""".formatted(System.nanoTime());
	}

	private static AbstractMockHttpServletRequestBuilder<?> form(AbstractMockHttpServletRequestBuilder<?> post, String url) {
		if (url.contains("/relations")) {
			return post.param("partnerId", partner.getId().toString()).param("unitId", String.valueOf(thanhHoa))
				.param("type", "TWINNING").param("establishedOn", "01/06/2019").param("status", "ACTIVE").param("version", "0");
		}
		if (url.contains("/countries")) {
			return post.param("nameVi", "Hàn Quốc").param("nameEn", "South Korea").param("nameFr", "Corée du Sud")
				.param("regionCode", "NORTHEAST_ASIA").param("partnership", "COMPREHENSIVE_STRATEGIC").param("partnershipSince", "2022");
		}
		if (url.contains("/regions")) {
			return post.param("nameVi", "ASEAN").param("nameEn", "ASEAN").param("nameFr", "ASEAN");
		}
		return post.param("kind", "FOREIGN_LOCALITY").param("nameEn", "Access Form " + System.nanoTime()).param("countryCode", "KR")
			.param("version", "-1");
	}
}
