package vn.tre.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tre.support.TreIntegrationTest;

/** A logged-in session is kept in PostgreSQL, where every application node finds it. */
@TreIntegrationTest
class SessionStoreTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsTheSessionOfALoggedInUserInPostgresql() throws Exception {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).build();
		String base = "http://localhost:" + port;
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=haichau.canbo&password=Tre%402026&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var home = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.body()).contains("Xin chào, Trần Thu Hà");
		long sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'haichau.canbo'")
			.query(Long.class).single();
		assertThat(sessions).isPositive();
	}
}
