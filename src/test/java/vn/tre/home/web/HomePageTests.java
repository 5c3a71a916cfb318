package vn.tre.home.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class HomePageTests {

	@LocalServerPort
	int port;

	@Autowired
	Logins logins;

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.uri().getPath()).isEqualTo("/login");
		assertThat(response.body()).contains("Đăng nhập").contains("Tên đăng nhập");
	}

	@Test
	void tellsAVisitorWhoseSessionTimedOut() throws Exception {
		var response = logins.mvc().perform(get("/").with(request -> {
			request.setRequestedSessionId("timed-out");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
	}

	@Test
	void showsTheUnitAndQuickLinksOfTheUser() throws Exception {
		String page = logins.mvc().perform(get("/").with(logins.as("hacthanh.canbo"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Xin chào, Đỗ Văn Nam").contains("Phường Hạc Thành");
		String idle = logins.mvc().perform(get("/").with(logins.as("huunghi.canbo"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(idle).contains("Không có việc nào đang chờ bạn.");
	}
}
