package vn.tre.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tre.account.AccountManagement;
import vn.tre.document.Attachment;
import vn.tre.document.Attachments;
import vn.tre.document.SampleFiles;
import vn.tre.shared.Actor;
import vn.tre.support.TestRecordOwners;
import vn.tre.support.TreIntegrationTest;

/** The upload form as a browser sends it to the real server: multipart body with the CSRF token inside. */
@TreIntegrationTest
class AttachmentUploadOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Attachments attachments;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void uploadsThroughTheFormWithTheTokenInTheMultipartBodyAndDownloadsSafely() throws Exception {
		logIn("thanhhoa.canbo");
		Actor officer = accounts.principal("thanhhoa.canbo").orElseThrow().actor();
		String token = find(META_CSRF, get("/").body());

		var boundary = "----tre" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", token);
		field(body, boundary, "ownerType", TestRecordOwners.TYPE);
		field(body, boundary, "ownerId", String.valueOf(officer.unitId()));
		field(body, boundary, "returnTo", "/org-units/" + officer.unitId());
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Báo cáo quý.pdf\"\r\n"
				+ "Content-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(SampleFiles.pdf());
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> upload = client.send(HttpRequest.newBuilder(uri("/attachments"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/org-units/" + officer.unitId()));
		Attachment stored = attachments.list(officer, TestRecordOwners.TYPE, officer.unitId()).stream()
			.filter(a -> a.getFilename().equals("Báo cáo quý.pdf"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.getContentType()).isEqualTo("application/pdf");

		HttpResponse<byte[]> download = client.send(HttpRequest.newBuilder(uri("/attachments/" + stored.getId())).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(SampleFiles.pdf());
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''"));
	}

	private void logIn(String username) throws Exception {
		String token = find(CSRF, get("/login").body());
		String form = "username=" + username + "&password=" + URLEncoder.encode("Tre@2026", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("CSRF token in page").isTrue();
		return matcher.group(1);
	}
}
