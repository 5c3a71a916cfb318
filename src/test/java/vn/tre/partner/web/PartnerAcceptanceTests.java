package vn.tre.partner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** The acceptance scenario of the partner directory, through the pages and the API as users meet them. */
@TreIntegrationTest
class PartnerAcceptanceTests {

	@Autowired
	Logins logins;

	@Autowired
	OrgUnitManagement units;

	private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
		return logins.mvc().perform(request.with(logins.as(user)).with(csrf())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String redirect(MockHttpServletRequestBuilder request, String user) throws Exception {
		var response = logins.mvc().perform(request.with(logins.as(user)).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
		return response.getRedirectedUrl();
	}

	@Test
	void provinceEntersAPartnerIsWarnedOfADuplicateAndTwinsWhileOthersSeeWhatTheyMay() throws Exception {
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		long daNang = units.findCurrentByCode("48", OrgUnitType.PROVINCE).orElseThrow().getId();
		String partnerUrl = redirect(post("/partners").param("kind", "FOREIGN_LOCALITY").param("localityLevel", "PROVINCE")
			.param("nameEn", "Jeollanam Province").param("nameVi", "Tỉnh Jeollanam-đô Thử").param("nameOriginal", "전라남도")
			.param("countryCode", "KR").param("aliases", "Toàn La Nam"), "thanhhoa.canbo");
		String partnerId = partnerUrl.substring(partnerUrl.lastIndexOf('/') + 1);

		String warned = body(post("/partners").param("kind", "FOREIGN_LOCALITY").param("nameEn", "South Jeolla")
			.param("nameVi", "TINH JEOLLANAM DO THU").param("countryCode", "KR"), "thanhhoa.canbo");
		assertThat(warned).contains("Đối tác này có thể đã có trong danh bạ").contains("/partners/" + partnerId)
			.contains("Vẫn tạo mới");

		String relationUrl = redirect(post("/relations").param("partnerId", partnerId).param("unitId", String.valueOf(thanhHoa))
			.param("type", "TWINNING").param("establishedOn", "15/03/2024").param("documentReference", "Biên bản 15/3/2024")
			.param("status", "ACTIVE"), "thanhhoa.canbo");
		String relationId = relationUrl.substring(relationUrl.lastIndexOf('/') + 1);

		var refused = logins.mvc().perform(post("/relations/" + relationId).with(logins.as("danang.canbo")).with(csrf())
			.param("type", "FRIENDSHIP").param("establishedOn", "15/03/2024").param("status", "ENDED")).andReturn().getResponse();
		assertThat(refused.getStatus()).isIn(403, 404);
		String profile = body(get("/partners/" + partnerId), "danang.canbo");
		assertThat(profile).contains("Tỉnh Jeollanam-đô Thử", "Jeollanam Province", "전라남도", "Toàn La Nam")
			.contains("Chưa có quan hệ nào với đối tác này.");

		var daNangRelation = logins.mvc().perform(post("/api/v1/relations").with(logins.as("danang.canbo")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"partnerId": %s, "unitId": %d, "type": "FRIENDSHIP", "establishedOn": "2025-01-20", "status": "ACTIVE"}
					""".formatted(partnerId, daNang))).andReturn().getResponse();
		assertThat(daNangRelation.getStatus()).isEqualTo(201);

		String ministry = body(get("/partners/" + partnerId), "bng.canbo");
		assertThat(ministry).contains("/relations/" + relationId).contains(">Thanh Hóa<").contains(">Đà Nẵng<");
		String daNangView = body(get("/partners/" + partnerId), "danang.canbo");
		assertThat(daNangView).contains(">Đà Nẵng<").doesNotContain("/relations/" + relationId);
	}

	@Test
	void answersAPossibleDuplicateThroughTheApiWithAConflictListingTheExistingPartner() throws Exception {
		var response = logins.mvc().perform(post("/api/v1/partners").with(logins.as("danang.canbo")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FOREIGN_LOCALITY\", \"nameEn\": \"gyeonggi-do\", \"countryCode\": \"kr\"}")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"duplicates\"").contains("Gyeonggi Province");
		var invalid = logins.mvc().perform(post("/api/v1/partners").with(logins.as("danang.canbo")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"FOREIGN_LOCALITY\", \"nameEn\": \"\"}")).andReturn().getResponse();
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentType()).contains("application/problem+json");
	}
}
