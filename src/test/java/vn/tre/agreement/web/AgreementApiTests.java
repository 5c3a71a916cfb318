package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementDetails;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.ConsultedBody;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.ForeignParty;
import vn.tre.agreement.OpinionAnswer;
import vn.tre.agreement.OpinionRequest;
import vn.tre.agreement.SigningDates;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/**
 * The agreement API on a Thanh Hóa agreement of 2015: create, change, steps, the problems it answers with, and
 * nothing of it for another province on any endpoint.
 */
@TreIntegrationTest
class AgreementApiTests {

	static final String TITLE = "Bản ghi nhớ hợp tác nuôi trồng thủy sản với Đại học Keimyung";

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	long partner;

	@BeforeEach
	void stand() {
		clock.set(LocalDate.of(2015, 9, 14).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Keimyung University"),
				PageRequest.of(0, 1)).getContent().getFirst().getId();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void createsReadsChangesAndSignsAnAgreement() throws Exception {
		var created = send(post("/api/v1/agreements"), "thanhhoa.canbo", agreementJson(0));
		assertThat(created.getStatus()).isEqualTo(201);
		long id = Long.parseLong(created.getHeader("Location").replaceAll(".*/", ""));
		assertThat(body(send(get("/api/v1/agreements/" + id), "thanhhoa.canbo", null))).contains(TITLE).contains("\"DRAFT\"");

		long version = version(id);
		assertThat(body(created)).contains("\"version\":" + version);
		var changed = send(put("/api/v1/agreements/" + id), "thanhhoa.canbo",
				agreementJson(version).replace("thủy sản", "thủy sản, chế biến"));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(body(changed)).contains("thủy sản, chế biến").contains("\"version\":" + (version + 1));

		long ministry = agreements.ministryUnit().orElseThrow().getId();
		var asked = send(post("/api/v1/agreements/" + id + "/request-opinions"), "thanhhoa.canbo",
				"{\"version\":" + version(id) + ",\"consulted\":[{\"unitId\":" + ministry + "}],\"requestedOn\":\"2015-09-01\"}");
		assertThat(asked.getStatus()).isEqualTo(200);
		long requestId = agreements.opinions(logins.actor("thanhhoa.canbo"), id).getFirst().getId();
		var answered = send(post("/api/v1/agreements/" + id + "/opinions/" + requestId + "/answer"), "bng.canbo",
				"{\"version\":0,\"answer\":\"AGREE_WITH_COMMENTS\",\"text\":\"Làm rõ Điều 3.\",\"answeredOn\":\"2015-09-07\"}");
		assertThat(body(answered)).contains("AGREE_WITH_COMMENTS");
		assertThat(body(send(post("/api/v1/agreements/" + id + "/decide"), "thanhhoa.canbo",
				"{\"version\":" + version(id) + ",\"reference\":\"45/QĐ-UBND\",\"date\":\"2015-09-08\",\"decidedBy\":\"Chủ tịch UBND tỉnh\"}")))
			.contains("APPROVED_TO_SIGN");
		var signed = send(post("/api/v1/agreements/" + id + "/sign"), "thanhhoa.canbo", "{\"version\":" + version(id)
				+ ",\"signedOn\":\"2015-09-10\",\"entryIntoForceOn\":\"2015-09-10\",\"indefinite\":true}");
		assertThat(body(signed)).contains("\"IN_FORCE\"").contains("\"reportDue\":\"2015-09-25\"");
		assertThat(body(send(get("/api/v1/agreements/" + id + "/history"), "bng.canbo", null))).contains("APPROVED_TO_SIGN")
			.contains("thanhhoa.canbo");
	}

	@Test
	void refusesEntryIntoForceBeforeSigningWithTheReasonInVietnamese() throws Exception {
		long id = signedWithoutForce();
		var response = send(post("/api/v1/agreements/" + id + "/enter-into-force"), "thanhhoa.canbo",
				"{\"version\":" + version(id) + ",\"date\":\"2015-08-01\"}");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(body(response)).contains("Ngày có hiệu lực không thể trước ngày ký.").contains("\"field\":\"entryIntoForceOn\"");
	}

	@Test
	void answersAStaleVersionWithAConflict() throws Exception {
		long id = draft();
		long read = version(id);
		assertThat(send(put("/api/v1/agreements/" + id), "thanhhoa.canbo", agreementJson(read)).getStatus()).isEqualTo(200);
		var stale = send(put("/api/v1/agreements/" + id), "thanhhoa.canbo", agreementJson(read));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("vừa được người khác sửa");
	}

	@Test
	void namesEachMissingField() throws Exception {
		var response = send(post("/api/v1/agreements"), "thanhhoa.canbo", "{\"titleForeign\":\"MoU\"}");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(body(response)).contains("\"field\":\"titleVi\"").contains("\"field\":\"kind\"")
			.contains("\"field\":\"parties\"").contains("Trường này là bắt buộc.");
		long id = draft();
		var step = send(post("/api/v1/agreements/" + id + "/terminate"), "thanhhoa.canbo", "{\"version\":" + version(id) + "}");
		assertThat(step.getStatus()).isEqualTo(400);
		assertThat(body(step)).contains("\"field\":\"date\"");
	}

	static Stream<String> endpoints() {
		return Stream.of("GET /api/v1/agreements/{id}", "PUT /api/v1/agreements/{id}", "GET /api/v1/agreements/{id}/history",
				"GET /api/v1/agreements/{id}/warnings", "GET /api/v1/agreements/{id}/opinions",
				"POST /api/v1/agreements/{id}/opinions/{request}/answer", "POST /api/v1/agreements/{id}/request-opinions",
				"POST /api/v1/agreements/{id}/pm-request", "POST /api/v1/agreements/{id}/pm-answer",
				"POST /api/v1/agreements/{id}/decide", "POST /api/v1/agreements/{id}/sign", "POST /api/v1/agreements/{id}/report",
				"POST /api/v1/agreements/{id}/enter-into-force", "POST /api/v1/agreements/{id}/amend",
				"POST /api/v1/agreements/{id}/extend", "POST /api/v1/agreements/{id}/suspend",
				"POST /api/v1/agreements/{id}/resume", "POST /api/v1/agreements/{id}/terminate",
				"POST /api/v1/agreements/{id}/withdraw");
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void answersNotFoundToAnotherProvinceOnEveryEndpointOfAnAgreement(String endpoint) throws Exception {
		Actor officer = logins.actor("thanhhoa.canbo");
		long id = draft();
		OpinionRequest request = agreements.requestOpinions(officer, id, version(id), List.of(ConsultedBody.outside("Bộ Tư pháp")),
				LocalDate.of(2015, 9, 1)).getFirst();
		String[] parts = endpoint.split(" ");
		String url = parts[1].replace("{id}", String.valueOf(id)).replace("{request}", String.valueOf(request.getId()));
		MockHttpServletRequestBuilder builder = switch (parts[0]) {
			case "GET" -> get(url);
			case "PUT" -> put(url);
			default -> post(url);
		};
		var response = send(builder, "danang.canbo", parts[0].equals("GET") ? null
				: "{\"version\":0,\"date\":\"2015-09-10\",\"reason\":\"x\",\"note\":\"x\",\"reference\":\"x\",\"consent\":true,"
						+ "\"decidedBy\":\"x\",\"signedOn\":\"2015-09-10\",\"reportedOn\":\"2015-09-10\",\"newExpiry\":\"2030-01-01\","
						+ "\"requestedOn\":\"2015-09-10\",\"consulted\":[{\"name\":\"x\"}],\"answer\":\"AGREE\",\"answeredOn\":\"2015-09-10\"}");
		assertThat(response.getStatus()).as(endpoint).isEqualTo(404);
		assertThat(body(response)).as(endpoint).doesNotContain(TITLE).doesNotContain("Bộ Tư pháp");
	}

	@Test
	void showsAnotherProvinceOnlyThePublicSummaryOfAnAgreementWithItsOwnPartner() throws Exception {
		long id = signedWithoutForce();
		assertThat(body(send(get("/api/v1/agreements/summaries?partnerId=" + partner), "danang.canbo", null))).isEqualTo("[]");
		Actor daNang = logins.actor("danang.canbo");
		agreements.create(daNang, daNang.unitId(), agreements.get(logins.actor("thanhhoa.canbo"), id).details());
		String summaries = body(send(get("/api/v1/agreements/summaries?partnerId=" + partner), "danang.canbo", null));
		assertThat(summaries).contains("\"id\":" + id).contains(TITLE).doesNotContain("Bộ Công an").doesNotContain("10/QĐ");
		assertThat(body(send(get("/api/v1/agreements?q=thuy%20san&size=500"), "danang.canbo", null))).doesNotContain("\"id\":" + id + ",");
	}

	@Test
	void answersIndicatorsForTheCallersScopeAndNotFoundForAnotherProvince() throws Exception {
		long daNang = logins.actor("danang.canbo").unitId();
		assertThat(send(get("/api/v1/agreements/indicators?unitId=" + daNang), "thanhhoa.canbo", null).getStatus()).isEqualTo(404);
		var own = send(get("/api/v1/agreements/indicators?from=2015-01-01&to=2015-12-31"), "thanhhoa.canbo", null);
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(body(own)).contains("\"signedByKind\"").contains("\"reviewYear\":2015");
		assertThat(send(get("/api/v1/agreements/indicators?unitId=" + daNang), "bng.canbo", null).getStatus()).isEqualTo(200);
		assertThat(send(get("/api/v1/agreements/indicators?from=2015-12-31&to=2015-01-01"), "bng.canbo", null).getStatus())
			.isEqualTo(400);
	}

	@Test
	void describesTheAgreementApiInTheOpenApiDocument() throws Exception {
		String document = body(send(get("/v3/api-docs"), "admin", null));
		assertThat(document).contains("/api/v1/agreements/{id}/enter-into-force").contains("/api/v1/agreements/indicators")
			.contains("/api/v1/agreements/{id}/opinions/{requestId}/answer").contains("\"Agreements\"");
	}

	private long draft() throws Exception {
		var created = send(post("/api/v1/agreements"), "thanhhoa.canbo", agreementJson(0));
		return Long.parseLong(created.getHeader("Location").replaceAll(".*/", ""));
	}

	/** Signed on 10/08/2015, taking effect on a later day not yet recorded. */
	private long signedWithoutForce() {
		Actor officer = logins.actor("thanhhoa.canbo");
		Agreement agreement = agreements.create(officer, officer.unitId(), new AgreementDetails(TITLE, null,
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, null, null, null, null, List.of(new ForeignParty(partner, null, null)),
				Set.of(CooperationField.AGRICULTURE), Set.of("vi", "ko"), null, null, null, null));
		long id = agreement.getId();
		OpinionRequest request = agreements.requestOpinions(officer, id, agreement.getVersion(),
				List.of(ConsultedBody.outside("Bộ Công an")), LocalDate.of(2015, 7, 20)).getFirst();
		agreements.answerOpinion(officer, id, request.getId(), request.getVersion(), OpinionAnswer.AGREE, null,
				LocalDate.of(2015, 7, 25));
		agreement = agreements.decideToSign(officer, id, version(id), "10/QĐ-UBND", LocalDate.of(2015, 8, 1), "Chủ tịch UBND tỉnh");
		return agreements.sign(officer, id, agreement.getVersion(),
				new SigningDates(LocalDate.of(2015, 8, 10), null, null, null, true, false)).getId();
	}

	private long version(long id) {
		return agreements.get(logins.actor("thanhhoa.canbo"), id).getVersion();
	}

	private String agreementJson(long version) {
		return """
				{"version": %d, "titleVi": "%s", "titleForeign": "MoU on aquaculture", "kind": "MEMORANDUM_OF_UNDERSTANDING",
				 "parties": [{"partnerId": %d, "signatoryName": "Shin Il-hee", "signatoryPosition": "President"}],
				 "fields": ["AGRICULTURE", "EDUCATION"], "languages": ["vi", "ko"]}
				""".formatted(version, TITLE, partner);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username, String json)
			throws Exception {
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return logins.mvc().perform(request.with(logins.as(username)).with(csrf())).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
