package vn.tre.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.tre.document.AttachmentRefused.Reason;

class UploadPolicyTests {

	private final UploadPolicy policy = new UploadPolicy(DocumentProperties.defaults());

	@Test
	void acceptsPdfDetectedFromItsContent() {
		assertThat(policy.check("bien-ban.pdf", SampleFiles.pdf())).isEqualTo("application/pdf");
	}

	@Test
	void acceptsWordDocumentBuiltWithPoi() {
		assertThat(policy.check("Kế hoạch đoàn ra.docx", SampleFiles.docx()))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void acceptsPngImage() {
		assertThat(policy.check("anh.png", SampleFiles.png())).isEqualTo("image/png");
	}

	@Test
	void acceptsPlainTextWithVietnameseContent() {
		assertThat(policy.check("ghi-chu.txt", "Ghi chú cuộc họp".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
	}

	@Test
	void refusesWindowsExecutable() {
		assertRefused("setup.exe", SampleFiles.windowsExecutable(), Reason.EXECUTABLE);
	}

	@Test
	void refusesWindowsExecutableRenamedToPdf() {
		assertRefused("bao-cao.pdf", SampleFiles.windowsExecutable(), Reason.EXECUTABLE);
	}

	@Test
	void refusesHtmlRenamedToPdf() {
		assertRefused("cong-van.pdf", SampleFiles.html(), Reason.HTML);
	}

	@Test
	void refusesSvgImage() {
		assertRefused("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8), Reason.HTML);
	}

	@Test
	void refusesShellScriptEvenWithTextExtension() {
		assertRefused("notes.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), Reason.SCRIPT);
	}

	@Test
	void refusesPowerShellScriptThatLooksLikePlainText() {
		assertRefused("cai-dat.ps1", "Write-Host 'hello'".getBytes(StandardCharsets.UTF_8), Reason.SCRIPT);
	}

	@Test
	void refusesPdfNamedAsProgram() {
		assertRefused("bao-cao.pdf.exe", SampleFiles.pdf(), Reason.EXECUTABLE);
	}

	@Test
	void refusesArchive() {
		assertRefused("ho-so.zip", SampleFiles.zip(), Reason.ARCHIVE);
	}

	@Test
	void refusesArchiveRenamedToWordDocument() {
		assertRefused("ho-so.docx", SampleFiles.zip(), Reason.MISMATCH);
	}

	@Test
	void refusesFileOfTwentySixMegabytes() {
		assertThatThrownBy(() -> policy.check("lon.pdf", SampleFiles.pdfOfSize(26 * 1024 * 1024)))
			.isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
				assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
				assertThat(refused.messageKey()).isEqualTo("document.refused.tooLarge");
				assertThat(refused.args()).containsExactly("lon.pdf", "25");
			});
	}

	@Test
	void acceptsFileOfExactlyTheLimit() {
		assertThat(policy.check("vua-du.pdf", SampleFiles.pdfOfSize(25 * 1024 * 1024))).isEqualTo("application/pdf");
	}

	@Test
	void refusesEmptyFile() {
		assertRefused("trong.pdf", new byte[0], Reason.EMPTY);
	}

	@Test
	void acceptsArchivesWhenConfigured() {
		var withZip = new UploadPolicy(new DocumentProperties(DataSize.ofMegabytes(5), Set.of("application/zip")));
		assertThat(withZip.check("ho-so.zip", SampleFiles.zip())).isEqualTo("application/zip");
		assertThatThrownBy(() -> withZip.check("a.pdf", SampleFiles.pdfOfSize(6 * 1024 * 1024)))
			.isInstanceOf(AttachmentRefused.class);
	}

	private void assertRefused(String name, byte[] content, Reason reason) {
		assertThatThrownBy(() -> policy.check(name, content))
			.isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
				assertThat(refused.reason()).isEqualTo(reason);
				assertThat(refused.args()).first().isEqualTo(name);
			});
	}
}
