package vn.tre.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenamesTests {

	@Test
	void dropsFoldersSentByOldBrowsers() {
		assertThat(Filenames.clean("C:\\fakepath\\Công văn 123.pdf")).isEqualTo("Công văn 123.pdf");
		assertThat(Filenames.clean("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void removesRightToLeftOverrideThatDisguisesExtensions() {
		assertThat(Filenames.clean("bao-cao\u202Efdp.exe")).isEqualTo("bao-caofdp.exe");
	}

	@Test
	void namesAFileWithoutName() {
		assertThat(Filenames.clean("  ")).isEqualTo("file");
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String cleaned = Filenames.clean("a".repeat(300) + ".docx");
		assertThat(cleaned).hasSize(Filenames.MAX_LENGTH).endsWith(".docx");
	}
}
