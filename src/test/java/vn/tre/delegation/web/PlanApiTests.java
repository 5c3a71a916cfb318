package vn.tre.delegation.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** The plans' API: a plan from creation to approval, and refusals as problem details. */
@TreIntegrationTest
class PlanApiTests {

	private static final String ITEM = """
			{"version": %d, "direction": "INCOMING", "purpose": "Đón đoàn tỉnh Hủa Phăn", "countryCodes": [%s],
			 "partnerIds": [12], "headLevel": "FOREIGN_SENIOR", "month": 2, "size": 15, "fundingSource": "STATE_BUDGET",
			 "estimatedCost": 120000000}""";

	@Autowired
	Logins logins;

	@Test
	void takesAPlanFromCreationToApproval() throws Exception {
		String created = call("thanhhoa.canbo", "/api/v1/delegation-plans", "{\"year\": 2036}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.currentStatus").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");
		int version = JsonPath.read(created, "$.version");

		call("thanhhoa.canbo", "/api/v1/delegation-plans/" + id + "/items", ITEM.formatted(version, "\"LA\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quarter").value(1))
			.andExpect(jsonPath("$.partnerIds[0]").value(12));
		version = currentVersion(id);
		String submitted = call("thanhhoa.canbo", "/api/v1/delegation-plans/" + id + "/submit", "{\"version\": " + version + "}")
			.andExpect(jsonPath("$.currentStatus").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();
		int afterSubmit = JsonPath.read(submitted, "$.version");
		call("thanhhoa.lanhdao", "/api/v1/delegation-plans/" + id + "/approve", "{\"version\": " + afterSubmit + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentStatus").value("APPROVED"))
			.andExpect(jsonPath("$.revisionInForce").value(1))
			.andExpect(jsonPath("$.revision.decidedBy").value("Trịnh Văn Hùng"));

		logins.mvc().perform(get("/api/v1/delegation-plans/" + id).with(logins.as("bng.canbo")))
			.andExpect(jsonPath("$.items[0].countryCodes[0]").value("LA"))
			.andExpect(jsonPath("$.items[0].month").value(2));
	}

	@Test
	void refusesInvalidItemsStaleVersionsAndIllegalStepsAsProblems() throws Exception {
		String created = call("thanhhoa.canbo", "/api/v1/delegation-plans", "{\"year\": 2037}").andReturn().getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		int version = JsonPath.read(created, "$.version");

		call("thanhhoa.canbo", "/api/v1/delegation-plans/" + id + "/items", ITEM.formatted(version, "\"ZZ\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.countryCodes").value("Có mã quốc gia không có trong danh mục ISO 3166."));
		call("thanhhoa.canbo", "/api/v1/delegation-plans/" + id + "/items", ITEM.formatted(version + 5, "\"LA\""))
			.andExpect(status().isConflict());
		call("thanhhoa.canbo", "/api/v1/delegation-plans/" + id + "/submit", "{\"version\": " + version + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Kế hoạch chưa có đoàn nào nên chưa thể trình."));
		call("thanhhoa.lanhdao", "/api/v1/delegation-plans/" + id + "/return", "{\"version\": " + version + "}")
			.andExpect(status().isConflict());
		call("thanhhoa.canbo", "/api/v1/delegation-plans", "{\"year\": 2037}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.year").exists());
	}

	private int currentVersion(int id) throws Exception {
		return JsonPath.read(logins.mvc().perform(get("/api/v1/delegation-plans/" + id).with(logins.as("thanhhoa.canbo")))
			.andReturn().getResponse().getContentAsString(), "$.version");
	}

	private ResultActions call(String user, String url, String json) throws Exception {
		return logins.mvc().perform(post(url).with(logins.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}
}
