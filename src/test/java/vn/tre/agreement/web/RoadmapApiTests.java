package vn.tre.agreement.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The roadmap API: a roadmap built and followed through JSON, refusals as problems, and scope on every endpoint. */
@TreIntegrationTest
class RoadmapApiTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	Actor officer;

	long id;

	String base;

	@BeforeEach
	void signedAgreement() {
		clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		officer = logins.actor("thanhhoa.canbo");
		long partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Niigata Prefecture"),
				PageRequest.of(0, 1)).getContent().getFirst().getId();
		id = AgreementFixtures.signed(agreements, officer, partner, LocalDate.of(2026, 5, 4)).getId();
		base = "/api/v1/agreements/" + id;
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private ResultActions send(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
		return logins.mvc().perform(request.with(logins.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions read(String user, String url) throws Exception {
		return logins.mvc().perform(get(url).with(logins.as(user)));
	}

	private int createActivity(String title, int weight) throws Exception {
		String body = send("thanhhoa.canbo", post(base + "/activities"), """
				{"title": "%s", "ownerUnitId": %d, "weight": %d}""".formatted(title, officer.unitId(), weight))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String milestone(int activityId, String title, int weight) {
		return """
				{"activityId": %d, "title": "%s", "ownerUnitId": %d, "dueOn": "2026-09-30", "weight": %d}"""
			.formatted(activityId, title, officer.unitId(), weight);
	}

	@Test
	void buildsARoadmapAndFollowsItsProgress() throws Exception {
		int activity = createActivity("Trao đổi sinh viên", 2);
		String created = send("thanhhoa.canbo", post(base + "/milestones"), milestone(activity, "Ký kế hoạch", 1))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.activityTitle").value("Trao đổi sinh viên"))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andReturn().getResponse().getContentAsString();
		int first = JsonPath.read(created, "$.id");
		send("thanhhoa.canbo", post(base + "/milestones"), milestone(activity, "Đón đoàn", 3)).andExpect(status().isCreated());

		String changed = send("thanhhoa.canbo", put(base + "/milestones/" + first), """
				{"title": "Ký kế hoạch trao đổi", "ownerUnitId": %d, "dueOn": "2026-07-15", "weight": 1, "version": 0}"""
			.formatted(officer.unitId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value("2026-07-15"))
			.andReturn().getResponse().getContentAsString();
		int version = JsonPath.read(changed, "$.version");
		send("thanhhoa.canbo", put(base + "/milestones/" + first), """
				{"title": "x", "ownerUnitId": %d, "dueOn": "2026-07-15", "weight": 1, "version": 0}""".formatted(officer.unitId()))
			.andExpect(status().isConflict());

		send("thanhhoa.canbo", post(base + "/milestones/" + first + "/status"), """
				{"status": "DONE", "doneOn": "2026-05-28", "evidenceLink": "/delegations/3", "version": %d}""".formatted(version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.evidenceLink").value("/delegations/3"));

		read("thanhhoa.canbo", base + "/roadmap").andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.progress").value(25))
			.andExpect(jsonPath("$.activities[0].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.activities[0].milestones.length()").value(2));
		read("bng.canbo", base + "/milestones").andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].title").value("Ký kế hoạch trao đổi"))
			.andExpect(jsonPath("$[0].doneOn").value("2026-05-28"))
			.andExpect(jsonPath("$[1].activityId").value(activity));

		send("thanhhoa.canbo", post(base + "/reviews"), """
				{"year": 2026, "assessment": "PARTLY_IMPLEMENTED", "reasons": "Mới hoàn thành một mốc"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0));
		send("thanhhoa.canbo", post(base + "/reviews"), """
				{"year": 2026, "assessment": "EFFECTIVE", "reasons": "Đã hoàn thành", "version": 0}""")
			.andExpect(status().isOk());
		read("thanhhoa.canbo", base + "/reviews").andExpect(jsonPath("$[0].assessment").value("EFFECTIVE"));
	}

	@Test
	void refusesAsProblemsWithTranslatedMessages() throws Exception {
		int activity = createActivity("Hợp tác y tế", 1);
		send("thanhhoa.canbo", post(base + "/milestones"), """
				{"activityId": %d, "title": " ", "ownerUnitId": %d, "weight": 1}""".formatted(activity, officer.unitId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Nhập tên."))
			.andExpect(jsonPath("$.errors[?(@.field == 'dueOn')].message").value("Nhập thời hạn của mốc."));
		send("thanhhoa.canbo", post(base + "/activities"), """
				{"title": "Du lịch", "ownerUnitId": %d, "weight": 1}""".formatted(logins.actor("danang.canbo").unitId()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Đơn vị chủ trì phải là đơn vị ký thỏa thuận hoặc một đơn vị trực thuộc."))
			.andExpect(jsonPath("$.field").value("ownerUnitId"));
		send("thanhhoa.canbo", post(base + "/reviews"), """
				{"year": 2027, "assessment": "EFFECTIVE", "reasons": "Sớm"}""")
			.andExpect(status().isUnprocessableContent());
		send("thanhhoa.xem", post(base + "/activities"), """
				{"title": "Du lịch", "ownerUnitId": %d, "weight": 1}""".formatted(officer.unitId()))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersNotFoundToAnotherProvinceOnEveryEndpoint() throws Exception {
		int activity = createActivity("Văn hóa", 1);
		String created = send("thanhhoa.canbo", post(base + "/milestones"), milestone(activity, "Tuần văn hóa", 1))
			.andReturn().getResponse().getContentAsString();
		int milestone = JsonPath.read(created, "$.id");
		String item = milestone(activity, "x", 1);
		for (String url : new String[] { base + "/roadmap", base + "/milestones", base + "/milestones/" + milestone,
				base + "/reviews" }) {
			read("danang.canbo", url).andExpect(status().isNotFound());
		}
		send("danang.canbo", post(base + "/activities"), item).andExpect(status().isNotFound());
		send("danang.canbo", put(base + "/activities/" + activity), item).andExpect(status().isNotFound());
		send("danang.canbo", post(base + "/milestones"), item).andExpect(status().isNotFound());
		send("danang.canbo", put(base + "/milestones/" + milestone), item).andExpect(status().isNotFound());
		send("danang.canbo", post(base + "/milestones/" + milestone + "/status"), "{\"status\": \"IN_PROGRESS\", \"version\": 0}")
			.andExpect(status().isNotFound());
		send("danang.canbo", post(base + "/progress-notes"), """
				{"activityId": %d, "on": "2026-06-01", "note": "x"}""".formatted(activity)).andExpect(status().isNotFound());
		send("danang.canbo", post(base + "/reviews"), "{\"year\": 2026, \"assessment\": \"EFFECTIVE\", \"reasons\": \"x\"}")
			.andExpect(status().isNotFound());
		logins.mvc().perform(delete(base + "/milestones/" + milestone).param("version", "0").with(logins.as("danang.canbo"))
			.with(csrf())).andExpect(status().isNotFound());
		logins.mvc().perform(delete(base + "/activities/" + activity).param("version", "0").with(logins.as("danang.canbo"))
			.with(csrf())).andExpect(status().isNotFound());
		read("thanhhoa.canbo", base + "/milestones").andExpect(jsonPath("$.length()").value(1));
	}
}
