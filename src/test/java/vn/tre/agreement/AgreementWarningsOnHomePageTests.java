package vn.tre.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** The home page's card of agreement warnings: a milestone that has just become overdue shows first, marked late. */
@TreIntegrationTest
class AgreementWarningsOnHomePageTests {

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementMonitoring monitoring;

	@Autowired
	RoadmapActivities activities;

	@Autowired
	Milestones milestones;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Logins logins;

	@Test
	void showsALateMilestoneOfTheProvinceOnItsHomePageOnly() throws Exception {
		// A border commune signs agreements too; its home page shows only its own warnings.
		Actor officer = logins.actor("hacthanh.canbo");
		LocalDate today = agreements.today();
		long partner = partners.search(logins.actor("admin"), PartnerFilter.none().withQuery("Pacific Links"), PageRequest.of(0, 1))
			.getContent().getFirst().getId();
		Agreement agreement = SignedAgreements.sign(agreements, officer, partner,
				new SigningDates(today.minusDays(40), null, today.minusDays(40), null, true, false));
		RoadmapActivity activity = activities.save(new RoadmapActivity(agreement.getId(), 0, "Giao lưu", officer.unitId(), null, 100));
		milestones.save(new Milestone(activity.getId(), agreement.getId(), 0, "Liên hoan văn nghệ biên giới", officer.unitId(),
				today.minusDays(1), 100));
		monitoring.run();

		String home = home("hacthanh.canbo");
		assertThat(home).contains("Cảnh báo thỏa thuận quốc tế").contains("href=\"/agreements/warnings\"")
			.contains("href=\"/agreements/" + agreement.getId() + "\"")
			.contains("Liên hoan văn nghệ biên giới").contains(">Chậm</span>");
		assertThat(home("danang.canbo")).contains("Cảnh báo thỏa thuận quốc tế").doesNotContain("Liên hoan văn nghệ biên giới");
	}

	private String home(String username) throws Exception {
		return logins.mvc().perform(get("/").with(logins.as(username))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
