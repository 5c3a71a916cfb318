package vn.tre.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.tre.account.AccountManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class SecurityLogTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AccountManagement accounts;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void logsFailedLoginSuccessfulLoginAndLogoutOfTheLoginForm() throws Exception {
		assertThat(logIn("thanhhoa.cum", "wrong-password")).contains("/login?error");
		assertThat(logIn("thanhhoa.cum", "Tre@2026")).doesNotContain("error");
		logOut();

		var events = auditLog.securityEvents(actor("admin"), new SecurityEventFilter("thanhhoa.cum", null, today(), today()),
				PageRequest.of(0, 10)).getContent();
		assertThat(events).extracting(SecurityEvent::kind)
			.startsWith(SecurityEventKind.LOGOUT, SecurityEventKind.LOGIN_SUCCEEDED, SecurityEventKind.LOGIN_FAILED);
		SecurityEvent failed = events.get(2);
		assertThat(failed.detail()).isEqualTo("audit.reason.badCredentials");
		assertThat(failed.ip()).isEqualTo("127.0.0.1");
		assertThat(failed.userAgent()).contains("Java-http-client");
	}

	@Test
	void logsViewOfPersonalData() {
		Actor officer = actor("danang.canbo");

		auditLog.personalDataViewed(officer, "consular-dossier", "42", "passport number");

		var events = auditLog.securityEvents(actor("admin"),
				new SecurityEventFilter("danang.canbo", SecurityEventKind.PERSONAL_DATA_VIEWED, null, null), PageRequest.of(0, 5));
		assertThat(events.getContent()).first().satisfies(event -> {
			assertThat(event.recordType()).isEqualTo("consular-dossier");
			assertThat(event.recordId()).isEqualTo("42");
			assertThat(event.detail()).isEqualTo("passport number");
		});
	}

	@Test
	void showsTheSecurityLogOnlyToMinistryAdministrators() {
		assertThatThrownBy(() -> auditLog.securityEvents(actor("bng.canbo"), SecurityEventFilter.none(), PageRequest.of(0, 5)))
			.isInstanceOf(Forbidden.class);
	}

	private String logIn(String username, String password) throws Exception {
		String token = csrf(get("/login"));
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		return post("/login", form).headers().firstValue("Location").orElse("");
	}

	private void logOut() throws Exception {
		String page = get("/");
		Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
		assertThat(meta.find()).isTrue();
		post("/logout", "_csrf=" + URLEncoder.encode(meta.group(1), StandardCharsets.UTF_8));
	}

	private String get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}
}
