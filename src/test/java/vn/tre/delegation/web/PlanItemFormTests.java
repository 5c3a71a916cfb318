package vn.tre.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.tre.delegation.DelegationPlan;
import vn.tre.delegation.DelegationPlans;
import vn.tre.delegation.PlanItem;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** The item form: messages on the fields in the user's language, everything typed kept, stale saves refused. */
@TreIntegrationTest
class PlanItemFormTests {

	@Autowired
	Logins logins;

	@Autowired
	DelegationPlans plans;

	@Autowired
	OrgUnitManagement units;

	private DelegationPlan newPlan(int year) {
		Actor officer = logins.actor("thanhhoa.canbo");
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		return plans.find(officer, thanhHoa, year).orElseGet(() -> plans.create(officer, thanhHoa, year));
	}

	/** A valid item, with some fields typed otherwise ("field", "value", …). */
	private static MockHttpServletRequestBuilder item(long planId, long version, String... typed) {
		var fields = new java.util.LinkedHashMap<String, String[]>();
		fields.put("version", new String[] { String.valueOf(version) });
		fields.put("direction", new String[] { "OUTGOING" });
		fields.put("purpose", new String[] { "Xúc tiến đầu tư tại Osaka" });
		fields.put("countryCodes", new String[] { "JP", "KR" });
		fields.put("headLevel", new String[] { "DEPARTMENT_LEADER" });
		fields.put("period", new String[] { "M5" });
		fields.put("size", new String[] { "7" });
		fields.put("fundingSource", new String[] { "MIXED" });
		fields.put("estimatedCost", new String[] { "450.000.000" });
		for (int i = 0; i < typed.length; i += 2) {
			fields.put(typed[i], new String[] { typed[i + 1] });
		}
		MockHttpServletRequestBuilder request = post("/delegation-plans/" + planId + "/items");
		fields.forEach(request::param);
		return request;
	}

	@Autowired
	vn.tre.partner.PartnerDirectory partners;

	@Test
	void choosesThePartnersInPickersAndShowsThemByNameWhenTheItemIsEdited() throws Exception {
		DelegationPlan plan = newPlan(2044);
		long shizuoka = partners.search(logins.actor("admin"), vn.tre.partner.PartnerFilter.none().withQuery("Shizuoka Prefecture"),
				org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst().getId();
		var response = logins.mvc().perform(item(plan.getId(), plan.getVersion(), "partnerA", String.valueOf(shizuoka))
			.with(logins.as("thanhhoa.canbo")).with(csrf())).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as(response.getContentAsString(StandardCharsets.UTF_8)).isNotNull();
		PlanItem saved = plans.get(logins.actor("thanhhoa.canbo"), plan.getId()).current().getItems().getFirst();
		assertThat(saved.getPartnerIds()).containsExactly(shizuoka);

		String edit = HtmlUtils.htmlUnescape(logins.mvc().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/delegation-plans/" + plan.getId() + "/items/" + saved.getRef() + "/edit").with(logins.as("thanhhoa.canbo")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(edit).contains("id=\"partnerA-search\"").contains("Tỉnh Shizuoka").contains("value=\"" + shizuoka + "\"");
	}

	@Test
	void keepsWhatWasTypedAndShowsEachProblemOnItsField() throws Exception {
		DelegationPlan plan = newPlan(2038);
		String page = HtmlUtils.htmlUnescape(logins.mvc().perform(item(plan.getId(), plan.getVersion(), "size", "500",
			"estimatedCost", "bốn trăm triệu", "countryCodes", "VN").with(logins.as("thanhhoa.canbo")).with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("Số thành viên phải từ 1 đến 200.")
			.contains("Hãy nhập kinh phí bằng chữ số, ví dụ 450.000.000.")
			.contains("Xúc tiến đầu tư tại Osaka")
			.contains("value=\"bốn trăm triệu\"")
			.contains("value=\"500\"")
			.contains("Không chọn Việt Nam: hãy chọn quốc gia của đối tác.");
		assertThat(plans.get(logins.actor("thanhhoa.canbo"), plan.getId()).current().getItems()).isEmpty();

		String english = HtmlUtils.htmlUnescape(logins.mvc()
			.perform(item(plan.getId(), plan.getVersion(), "purpose", "", "lang", "en").with(logins.as("thanhhoa.canbo"))
				.with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(english).contains("Enter the purpose and content of the delegation.");
	}

	@Test
	void savesAValidItemWithItsMonthAndCountries() throws Exception {
		DelegationPlan plan = newPlan(2039);
		var response = logins.mvc().perform(item(plan.getId(), plan.getVersion()).with(logins.as("thanhhoa.canbo")).with(csrf()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		PlanItem saved = plans.get(logins.actor("thanhhoa.canbo"), plan.getId()).current().getItems().getFirst();
		assertThat(saved.getCountryCodes()).containsExactlyInAnyOrder("JP", "KR");
		assertThat(saved.getQuarter()).isEqualTo(2);
		assertThat(saved.getMonth()).isEqualTo(5);
		assertThat(saved.getEstimatedCost()).isEqualByComparingTo("450000000");
	}

	@Test
	void refusesASaveFromAStalePageAndKeepsTheFirstOne() throws Exception {
		DelegationPlan plan = newPlan(2040);
		long seen = plan.getVersion();
		logins.mvc().perform(item(plan.getId(), seen).with(logins.as("thanhhoa.canbo")).with(csrf()));
		String page = HtmlUtils.htmlUnescape(logins.mvc().perform(item(plan.getId(), seen, "purpose", "Đoàn thứ hai")
			.with(logins.as("thanhhoa.cum")).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("Bản ghi này vừa được người khác sửa").contains("Đoàn thứ hai");
		assertThat(plans.get(logins.actor("thanhhoa.canbo"), plan.getId()).current().getItems())
			.extracting(PlanItem::getPurpose).containsExactly("Xúc tiến đầu tư tại Osaka");
	}
}
