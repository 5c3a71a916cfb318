package vn.tre.legal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccountManagement;
import vn.tre.legal.CalendarManagement;
import vn.tre.legal.DeadlineRuleManagement;
import vn.tre.legal.LegalBases;
import vn.tre.support.TreIntegrationTest;

/**
 * Who may reach the legal module's pages and API: everyone logged in reads, only ministry administrators
 * change, anonymous visitors go to the login page (pages) or get 401 (API).
 */
@TreIntegrationTest
class LegalWebAccessTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	LegalBases legalBases;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	DeadlineRuleManagement rules;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			"GET, /legal-bases/new",
			"POST, /legal-bases",
			"GET, /legal-bases/{basis}/edit",
			"POST, /legal-bases/{basis}",
			"GET, /calendar/days/new",
			"POST, /calendar/days",
			"GET, /calendar/days/{day}/edit",
			"POST, /calendar/days/{day}",
			"POST, /calendar/days/{day}/delete",
			"GET, /calendar/rules/{rule}/edit",
			"POST, /calendar/rules/{rule}" })
	void refusesEveryChangeToANonAdministrator(String method, String path) throws Exception {
		mvc.perform(request(method, path).with(user(principal("thanhhoa.canbo"))))
			.andExpect(status().isForbidden());

		assertThat(calendar.get(tetDayId()).getNameVi()).startsWith("Tết Nguyên đán");
		assertThat(legalBases.get(basisId()).getNumber()).isEqualTo("58/2022/NĐ-CP");
		assertThat(rules.get(ruleId()).getLength()).isEqualTo(7);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({
			"GET, /legal-bases",
			"GET, /legal-bases/{basis}",
			"GET, /legal-bases/new",
			"POST, /legal-bases/{basis}",
			"GET, /calendar",
			"GET, /calendar/rules",
			"POST, /calendar/days/{day}/delete" })
	void sendsAnonymousVisitorsToTheLoginPage(String method, String path) throws Exception {
		mvc.perform(request(method, path)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"/api/v1/legal-bases",
			"/api/v1/legal-bases/{basis}",
			"/api/v1/calendar/2026",
			"/api/v1/deadlines?rule=agreement.opinion&start=2026-02-12" })
	void answersAnonymousApiCallsWith401(String path) throws Exception {
		mvc.perform(get(resolve(path))).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest(name = "{0} reads {1}")
	@CsvSource({
			"thanhhoa.canbo, /legal-bases",
			"thanhhoa.canbo, /legal-bases?q=luat%20thoa%20thuan&kind=LAW&inForce=true&sort=-number&page=0",
			"thanhhoa.canbo, /legal-bases/{basis}",
			"thanhhoa.xem, /legal-bases/export.xlsx?kind=DECREE&inForce=true",
			"thanhhoa.xem, /calendar?year=2026",
			"haichau.canbo, /calendar/rules",
			"thanhhoa.xem, /api/v1/legal-bases?q=nghi%20dinh",
			"haichau.canbo, /api/v1/legal-bases/{basis}",
			"thanhhoa.canbo, /api/v1/calendar/2026" })
	void letsEveryLoggedInUserRead(String username, String path) throws Exception {
		mvc.perform(get(resolve(path)).with(user(principal(username)))).andExpect(status().isOk());
	}

	@Test
	void computesADeadlineThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/deadlines").param("rule", "agreement.opinion").param("start", "2026-02-12")
				.with(user(principal("thanhhoa.canbo"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2026-03-02"))
			.andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.length").value(7))
			.andExpect(jsonPath("$.legalBasis.number").value("70/2020/QH14"));
	}

	@Test
	void answersAnUnknownRuleWithAProblem() throws Exception {
		mvc.perform(get("/api/v1/deadlines").param("rule", "no.such-rule").param("start", "2026-02-12")
				.with(user(principal("thanhhoa.canbo"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void givesTheDeadlineToolResultAsAnHtmxFragment() throws Exception {
		String html = mvc.perform(get("/calendar").param("rule", "agreement.opinion").param("start", "12/02/2026")
				.header("HX-Request", "true").with(user(principal("thanhhoa.canbo"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("02/03/2026").contains("70/2020/QH14").doesNotContain("<html");
	}

	@Test
	void showsAdministratorsTheFormsAndKeepsWhatTheyTypedOnError() throws Exception {
		mvc.perform(get(resolve("/calendar/days/{day}/edit")).with(user(principal("admin")))).andExpect(status().isOk());
		String html = mvc.perform(post("/legal-bases").with(csrf()).with(user(principal("admin")))
				.param("number", "58/2022/ND-CP").param("kind", "DECREE").param("issuer", "Chính phủ")
				.param("titleVi", "Nghị định thử").param("titleEn", "Test decree").param("issuedOn", "31/02/20x"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Nhập ngày theo dạng ngày/tháng/năm").contains("Đã có văn bản với số hiệu này")
			.contains("31/02/20x").contains("Nghị định thử");
	}

	@Test
	void tellsAnAdministratorWhoseVersionIsStale() throws Exception {
		var basis = legalBases.get(basisId());
		String html = mvc.perform(post(resolve("/legal-bases/{basis}")).with(csrf()).with(user(principal("admin")))
				.param("version", String.valueOf(basis.getVersion() - 1)).param("number", basis.getNumber())
				.param("kind", basis.getKind().name()).param("issuer", basis.getIssuer())
				.param("titleVi", basis.getTitleVi()).param("titleEn", "A title typed by someone else"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("vừa được người khác sửa").contains("A title typed by someone else");
		assertThat(legalBases.get(basisId()).getTitleEn()).doesNotContain("typed by someone else");
	}

	private MockHttpServletRequestBuilder request(String method, String path) {
		String resolved = resolve(path);
		if ("GET".equals(method)) {
			return get(resolved);
		}
		return post(resolved).with(csrf()).param("number", "58/2022/NĐ-CP").param("kind", "DECREE")
			.param("issuer", "Chính phủ").param("titleVi", "Đã bị sửa").param("titleEn", "Changed")
			.param("day", "17/02/2026").param("nameVi", "Đã bị sửa").param("nameEn", "Changed")
			.param("length", "1").param("unit", "CALENDAR_DAYS").param("active", "true").param("version", "0");
	}

	private String resolve(String path) {
		return path.replace("{basis}", String.valueOf(basisId()))
			.replace("{day}", String.valueOf(tetDayId()))
			.replace("{rule}", String.valueOf(ruleId()));
	}

	private long basisId() {
		return legalBases.findByNumber("58/2022/NĐ-CP").orElseThrow().getId();
	}

	private long tetDayId() {
		return calendar.year(2026).months().get(1).days().stream()
			.filter(day -> day.getDay().equals(LocalDate.of(2026, 2, 17)))
			.findFirst().orElseThrow().getId();
	}

	private long ruleId() {
		return rules.findByCode("agreement.opinion").orElseThrow().getId();
	}

	private UserDetails principal(String username) {
		return accounts.principal(username).orElseThrow();
	}
}
