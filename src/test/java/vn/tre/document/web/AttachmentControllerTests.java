package vn.tre.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccountManagement;
import vn.tre.document.Attachment;
import vn.tre.document.Attachments;
import vn.tre.document.SampleFiles;
import vn.tre.shared.Actor;
import vn.tre.support.TestRecordOwners;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class AttachmentControllerTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Attachments attachments;

	MockMvc mvc;

	long thanhHoa;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		thanhHoa = actor("thanhhoa.canbo").unitId();
	}

	@Test
	void uploadsFileAndGoesBackToTheRecordPage() throws Exception {
		mvc.perform(upload("Công văn số 12.pdf", SampleFiles.pdf()).param("returnTo", "/legal-bases/7")
				.with(as("thanhhoa.canbo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/legal-bases/7"))
			.andExpect(flash().attribute("flashSuccess", "document.uploaded"));

		assertThat(attachments.list(actor("thanhhoa.canbo"), TestRecordOwners.TYPE, thanhHoa))
			.extracting(Attachment::getFilename).contains("Công văn số 12.pdf");
	}

	@Test
	void neverRedirectsToAnotherSite() throws Exception {
		mvc.perform(upload("a.pdf", SampleFiles.pdf()).param("returnTo", "//evil.example/x").header("Referer", "https://evil.example/")
				.with(as("thanhhoa.canbo")))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void downloadsAsAttachmentWithUtf8NameAndNoSniffing() throws Exception {
		Attachment stored = store("Biên bản.pdf", SampleFiles.pdf());

		var response = mvc.perform(get("/attachments/{id}", stored.getId()).with(as("thanhhoa.canbo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(SampleFiles.pdf()))
			.andReturn().getResponse();

		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf");
	}

	@Test
	void hidesFilesOfAnotherProvince() throws Exception {
		Attachment stored = store("mat.pdf", SampleFiles.pdf());

		mvc.perform(get("/attachments/{id}", stored.getId()).with(as("danang.canbo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attachments").param("ownerType", TestRecordOwners.TYPE).param("ownerId", String.valueOf(thanhHoa))
				.with(as("danang.canbo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attachments/{id}/content", stored.getId()).with(as("danang.canbo")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/attachments/{id}/delete", stored.getId()).with(csrf()).with(as("danang.canbo")))
			.andExpect(status().isNotFound());

		assertThat(attachments.open(actor("thanhhoa.canbo"), stored.getId()).content()).isEqualTo(SampleFiles.pdf());
	}

	@Test
	void forbidsUploadByViewer() throws Exception {
		mvc.perform(upload("a.pdf", SampleFiles.pdf()).with(as("thanhhoa.xem"))).andExpect(status().isForbidden());
	}

	@Test
	void refusesFileOverTheLimitWithMessage() throws Exception {
		var refusal = new UploadRefusal(TestRecordOwners.TYPE, thanhHoa, "document.refused.tooLarge", java.util.List.of("lon.pdf", "25"));
		mvc.perform(upload("lon.pdf", SampleFiles.pdfOfSize(26 * 1024 * 1024)).with(as("thanhhoa.canbo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("attachmentRefusal", refusal));

		mvc.perform(multipart("/api/v1/attachments").file(file("lon.pdf", SampleFiles.pdfOfSize(26 * 1024 * 1024)))
				.param("ownerType", TestRecordOwners.TYPE).param("ownerId", String.valueOf(thanhHoa))
				.header("Accept-Language", "en").with(csrf()).with(as("thanhhoa.canbo")))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("document.refused.tooLarge"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("25 MB")));
	}

	@Test
	void refusesExecutable() throws Exception {
		mvc.perform(upload("setup.exe", SampleFiles.windowsExecutable()).with(as("thanhhoa.canbo")))
			.andExpect(flash().attribute("attachmentRefusal",
					new UploadRefusal(TestRecordOwners.TYPE, thanhHoa, "document.refused.executable",
							java.util.List.of("setup.exe", "application/x-msdownload"))));

		assertThat(attachments.list(actor("thanhhoa.canbo"), TestRecordOwners.TYPE, thanhHoa))
			.extracting(Attachment::getFilename).doesNotContain("setup.exe");
	}

	@Test
	void answersHtmxUploadWithTheSectionShowingTheRefusal() throws Exception {
		String html = mvc.perform(upload("trang.pdf", SampleFiles.html()).header("HX-Request", "true").with(as("thanhhoa.canbo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<section").contains("is-invalid").contains("trang.pdf").doesNotContain("<html");
	}

	@Test
	void answersHtmxDeleteWithTheSectionWithoutTheFile() throws Exception {
		Attachment stored = store("tam-thoi.png", SampleFiles.png());

		String html = mvc.perform(post("/attachments/{id}/delete", stored.getId()).header("HX-Request", "true")
				.with(csrf()).with(as("thanhhoa.canbo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("tam-thoi.png").doesNotContain("/attachments/" + stored.getId() + "\"");
	}

	@Test
	void uploadsAndListsThroughTheApi() throws Exception {
		mvc.perform(multipart("/api/v1/attachments").file(file("anh.png", SampleFiles.png()))
				.param("ownerType", TestRecordOwners.TYPE).param("ownerId", String.valueOf(thanhHoa))
				.with(csrf()).with(as("thanhhoa.canbo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.uploadedBy").value("thanhhoa.canbo"));

		mvc.perform(get("/api/v1/attachments").param("ownerType", TestRecordOwners.TYPE).param("ownerId", String.valueOf(thanhHoa))
				.with(as("thanhhoa.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].filename").value(org.hamcrest.Matchers.hasItem("anh.png")));
	}

	@Test
	void neverServesStoredTypesOutsideTheInertListAsThemselves() {
		assertThat(Downloads.contentType("text/html")).hasToString("application/octet-stream");
		assertThat(Downloads.contentType("image/svg+xml")).hasToString("application/octet-stream");
		assertThat(Downloads.contentType("application/pdf")).hasToString("application/pdf");
	}

	private MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/attachments").file(file(name, bytes))
			.param("ownerType", TestRecordOwners.TYPE)
			.param("ownerId", String.valueOf(thanhHoa))
			.with(csrf());
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	private Attachment store(String name, byte[] bytes) {
		return attachments.store(actor("thanhhoa.canbo"), TestRecordOwners.TYPE, thanhHoa, name, bytes);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.principal(username).orElseThrow());
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}
}
