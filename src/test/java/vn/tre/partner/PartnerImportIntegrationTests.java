package vn.tre.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ImportProblem;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class PartnerImportIntegrationTests {

	@Autowired
	PartnerImport imports;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private long partnerCount() {
		return jdbc.sql("select count(*) from partner.partner").query(Long.class).single();
	}

	@Test
	void refusesABadCountryCodeAnEmptyNameAndDuplicatesWithRowNumbersAndWritesNothing() throws Exception {
		long before = partnerCount();
		byte[] file = excel(new String[][] { { "kind", "country_code", "name_en", "name_vi" },
				{ "FOREIGN_LOCALITY", "KR", "Gangwon Import Test", "Tỉnh Gangwon Thử" },
				{ "FOREIGN_LOCALITY", "XX", "Atlantis Province", "" },
				{ "FOREIGN_NGO", "US", "", "Tổ chức không tên" },
				{ "FOREIGN_LOCALITY", "KR", "GANGWON IMPORT-TEST", "" },
				{ "FOREIGN_LOCALITY", "KR", "Gyeonggi-do", "" },
				{ "SPACESHIP", "FR", "Somewhere", "" } });
		ImportJob<PartnerImportRow> job = imports.check(logins.actor("thanhhoa.canbo"), "doi-tac.xlsx", file);

		assertThat(job.getState()).isEqualTo(ImportJob.State.CHECKED);
		assertThat(job.acceptedCount()).isEqualTo(1);
		assertThat(job.getRefusedRows()).extracting(PartnerImportRow::rowNumber).containsExactly(3, 4, 5, 6, 7);
		assertThat(problems(job, 3)).containsExactly("partner.import.problem.countryUnknown");
		assertThat(problems(job, 4)).containsExactly("partner.import.problem.nameMissing");
		assertThat(problems(job, 5)).containsExactly("partner.import.problem.repeated");
		assertThat(problems(job, 6)).containsExactly("partner.import.problem.exists");
		assertThat(problems(job, 7)).containsExactly("partner.import.problem.kindUnknown");
		assertThat(partnerCount()).isEqualTo(before);
	}

	@Test
	void writesTheAcceptedRowsOfACsvFileOnlyOnConfirmationForTheUsersUnit() {
		long before = partnerCount();
		String csv = """
				kind;country_code;name_en;name_vi;name_original;aliases
				UNIVERSITY;JP;Import Test University;Đại học Nhập Thử;;"INU;Nhập Thử"
				INTERNATIONAL_ORGANISATION;;Import Test Fund;;;
				""";
		var actor = logins.actor("danang.canbo");
		ImportJob<PartnerImportRow> job = imports.check(actor, "partners.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(job.refusedCount()).isZero();
		assertThat(partnerCount()).isEqualTo(before);

		assertThat(imports.confirm(actor, job.getId())).isEqualTo(2);
		assertThat(partnerCount()).isEqualTo(before + 2);
		String search = jdbc.sql("select search_text from partner.partner where name_en = 'Import Test University'")
			.query(String.class).single();
		assertThat(search).contains(" inu ", " nhapthu ");
		assertThatThrownBy(() -> imports.job(logins.actor("thanhhoa.canbo"), job.getId())).isInstanceOf(NotFound.class);
	}

	@Test
	void letsNoViewerImport() {
		assertThatThrownBy(() -> imports.check(logins.actor("thanhhoa.xem"), "x.csv", new byte[0])).isInstanceOf(Forbidden.class);
	}

	@Test
	void reportsAFileItCannotRead() {
		ImportJob<PartnerImportRow> job = imports.check(logins.actor("thanhhoa.canbo"), "broken.xlsx", "not a workbook".getBytes());
		assertThat(job.getState()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.getFailure()).isEqualTo("import.failure.unreadable");
	}

	private static List<String> problems(ImportJob<PartnerImportRow> job, int row) {
		return job.getRows().stream().filter(r -> r.rowNumber() == row).findFirst().orElseThrow()
			.problems().stream().map(ImportProblem::key).toList();
	}

	static byte[] excel(String[][] rows) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
