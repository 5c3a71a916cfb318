package vn.tre.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class HomePageTests {

	@LocalServerPort
	int port;

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.uri().getPath()).isEqualTo("/login");
		assertThat(response.body()).contains("Đăng nhập").contains("Tên đăng nhập");
	}
}
