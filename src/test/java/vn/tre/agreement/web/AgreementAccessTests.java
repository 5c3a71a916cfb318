package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Assessment;
import vn.tre.agreement.Milestone;
import vn.tre.agreement.RoadmapActivity;
import vn.tre.agreement.RoadmapItem;
import vn.tre.partner.LocalityLevel;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerDraft;
import vn.tre.partner.PartnerKind;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/**
 * Every endpoint of the agreement module, found in the application's own request mappings so that a new
 * one cannot be forgotten: another province's users get 403 or 404 and never a word of the agreement; the
 * ministry reads it; a province that works with the same partner sees only the public summary.
 */
@TreIntegrationTest
class AgreementAccessTests {

	static final String TITLE = "Thỏa thuận hợp tác Thanh Hóa – Kanazawa về đào tạo nghề";

	static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementRoadmaps roadmaps;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Logins logins;

	@Autowired
	MutableClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	long partner;

	Agreement agreement;

	Map<String, String> ids;

	@BeforeEach
	void signedAgreementOfThanhHoaWithARoadmap() {
		clock.set(LocalDate.of(2026, 6, 15).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		partner = partners.search(logins.actor("admin"), vn.tre.partner.PartnerFilter.none().withQuery("Kanazawa City"),
				org.springframework.data.domain.PageRequest.of(0, 1)).stream().findFirst()
			.map(found -> found.getId())
			.orElseGet(() -> partners.create(logins.actor("admin"), new PartnerDraft(PartnerKind.FOREIGN_LOCALITY,
					LocalityLevel.CITY, "金沢市", "Kanazawa City", "Thành phố Kanazawa", "JP", null, null, null, null,
					List.of(), List.of()), null).getId());
		Actor officer = logins.actor("thanhhoa.canbo");
		Agreement signed = AgreementFixtures.signed(agreements, officer, partner, LocalDate.of(2026, 6, 1));
		agreement = agreements.update(officer, signed.getId(), signed.getVersion(),
				withTitle(signed, TITLE));
		RoadmapActivity activity = roadmaps.addActivity(officer, agreement.getId(),
				new RoadmapItem("Đào tạo nghề cho thanh niên", officer.unitId(), LocalDate.of(2027, 6, 30), 1));
		Milestone milestone = roadmaps.addMilestone(officer, agreement.getId(), activity.getId(),
				new RoadmapItem("Lớp đầu tiên khai giảng", officer.unitId(), LocalDate.of(2027, 1, 15), 1));
		roadmaps.fileReview(officer, agreement.getId(), 2026, null, Assessment.PARTLY_IMPLEMENTED, "Mới bắt đầu");
		long opinion = agreements.opinions(officer, agreement.getId()).getFirst().getId();
		ids = Map.of("id", String.valueOf(agreement.getId()), "requestId", String.valueOf(opinion), "activityId",
				String.valueOf(activity.getId()), "milestoneId", String.valueOf(milestone.getId()));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static vn.tre.agreement.AgreementDetails withTitle(Agreement agreement, String title) {
		var d = agreement.details();
		return new vn.tre.agreement.AgreementDetails(title, d.titleForeign(), d.kind(), d.reference(), d.summary(),
				d.signatoryName(), d.signatoryPosition(), d.parties(), d.fields(), d.languages(), d.delegationId(),
				d.eventName(), d.relationId(), d.inheritedFromUnitId());
	}

	/** One concrete request per mapping of the module: method and path with the variables filled in. */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().equals("vn.tre.agreement.web")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					for (String path : expand(pattern)) {
						endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path, pattern.contains("{id}")));
					}
				}
			}
		}
		assertThat(endpoints).hasSizeGreaterThan(60);
		return endpoints;
	}

	/** Fills the path variables; a variable limited to a list of words (the steps) gives one path per word. */
	private List<String> expand(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		if (!matcher.find()) {
			return List.of(pattern);
		}
		String before = pattern.substring(0, matcher.start());
		String after = pattern.substring(matcher.end());
		List<String> values = matcher.group(2) != null && !ids.containsKey(matcher.group(1))
				? List.of(matcher.group(2).split("\\|"))
				: List.of(ids.getOrDefault(matcher.group(1), "1"));
		List<String> paths = new ArrayList<>();
		for (String value : values) {
			paths.addAll(expand(before + value + after));
		}
		return paths;
	}

	private MockHttpServletResponse call(String user, Endpoint endpoint) throws Exception {
		// A well-formed request, as the agreement's own officer would send it.
		var builder = request(endpoint.method(), endpoint.path()).with(logins.as(user)).with(csrf())
			.param("version", "0").param("activity", ids.get("activityId")).param("milestone", ids.get("milestoneId"))
			.param("year", "2026");
		if (endpoint.path().startsWith("/api/")) {
			builder.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
					{"version": 0, "activityId": %s, "milestoneId": %s, "year": 2026, "assessment": "EFFECTIVE",
					 "reasons": "x", "on": "2026-06-15", "note": "x", "title": "x", "ownerUnitId": %s, "weight": 1,
					 "dueOn": "2027-01-01", "status": "IN_PROGRESS"}
					""".formatted(ids.get("activityId"), ids.get("milestoneId"), agreement.getUnitId()));
		}
		return logins.mvc().perform(builder).andReturn().getResponse();
	}

	@Test
	void anotherProvinceGetsForbiddenOrNotFoundOnEveryEndpointOfTheAgreementAndNeverItsContent() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (String user : List.of("danang.canbo", "danang.lanhdao")) {
			for (Endpoint endpoint : endpoints()) {
				MockHttpServletResponse response = call(user, endpoint);
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				if (endpoint.ofOneAgreement() && response.getStatus() != 403 && response.getStatus() != 404) {
					leaks.add(user + " " + endpoint + " → " + response.getStatus());
				}
				if (body.contains(TITLE) || body.contains("Lớp đầu tiên khai giảng") || body.contains("Mới bắt đầu")) {
					leaks.add(user + " " + endpoint + " shows the agreement");
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void anotherProvinceCannotReadTheAgreementsAttachments() throws Exception {
		int list = logins.mvc().perform(get("/api/v1/attachments").param("ownerType", "agreement")
				.param("ownerId", String.valueOf(agreement.getId())).with(logins.as("danang.canbo"))).andReturn().getResponse()
			.getStatus();
		assertThat(list).isIn(403, 404);
		var file = new org.springframework.mock.web.MockMultipartFile("file", "van-ban.pdf", "application/pdf",
				"%PDF-1.4 thỏa thuận".getBytes(StandardCharsets.UTF_8));
		var upload = logins.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/attachments").file(file).param("ownerType", "agreement")
			.param("ownerId", String.valueOf(agreement.getId())).with(logins.as("danang.canbo")).with(csrf()))
			.andReturn().getResponse();
		assertThat(upload.getStatus()).isIn(403, 404);
	}

	@Test
	void theMinistryReadsEveryPageOfTheAgreement() throws Exception {
		for (String path : List.of("/agreements/" + agreement.getId(), "/agreements/" + agreement.getId() + "/history",
				"/agreements/" + agreement.getId() + "/roadmap", "/api/v1/agreements/" + agreement.getId(),
				"/api/v1/agreements/" + agreement.getId() + "/opinions", "/api/v1/agreements/" + agreement.getId() + "/milestones",
				"/api/v1/agreements/" + agreement.getId() + "/reviews")) {
			MockHttpServletResponse response = logins.mvc().perform(get(path).with(logins.as("bng.canbo"))).andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
		}
		assertThat(logins.mvc().perform(get("/agreements").param("q", "kanazawa").with(logins.as("bng.canbo"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(TITLE);
	}

	@Test
	void aProvinceWorkingWithTheSamePartnerSeesOnlyThePublicSummary() throws Exception {
		Actor daNang = logins.actor("danang.canbo");
		Agreement own = agreements.create(daNang, daNang.unitId(), new vn.tre.agreement.AgreementDetails(
				"Bản ghi nhớ Đà Nẵng – Kanazawa", null, vn.tre.agreement.AgreementKind.MEMORANDUM_OF_UNDERSTANDING, null,
				null, null, null, List.of(new vn.tre.agreement.ForeignParty(partner, null, null)),
				java.util.Set.of(), java.util.Set.of(), null, null, null, null));
		String summaries = logins.mvc().perform(get("/api/v1/agreements/summaries").param("partnerId", String.valueOf(partner))
				.with(logins.as("danang.canbo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(summaries).contains(TITLE).doesNotContain("Bộ Công an").doesNotContain("Lớp đầu tiên khai giảng");
		String page = logins.mvc().perform(get("/agreements/" + own.getId()).with(logins.as("danang.canbo"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(TITLE).doesNotContain("10/QĐ-UBND");
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.ofOneAgreement() && endpoint.method() == HttpMethod.GET) {
				assertThat(call("danang.canbo", endpoint).getStatus()).as(endpoint.toString()).isIn(403, 404);
			}
		}
	}

	record Endpoint(HttpMethod method, String path, boolean ofOneAgreement) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}
}
