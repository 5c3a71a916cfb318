package vn.tre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ImportProblem;
import vn.tre.shared.Forbidden;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class CommuneImportIntegrationTests {

	@Autowired
	CommuneImport imports;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	private long unitCount() {
		return jdbc.sql("select count(*) from organisation.org_unit").query(Long.class).single();
	}

	@Test
	void refusesBadProvinceAndDuplicateCodesAndWritesNothing() {
		long before = unitCount();
		String csv = """
				code,name,province_code,valid_from
				39001,Phường Đông Sơn,38,01/07/2025
				39002,Phường Hải Châu Mới,99,01/07/2025
				39001,Xã Trùng Mã,38,01/07/2025
				38-DEMO-01,Phường Đã Có,38,01/07/2025
				39005,,38,31/02/2025
				""";
		ImportJob<ImportRow> job = imports.checkNow(logins.actor("admin"), "communes.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(job.getState()).isEqualTo(ImportJob.State.CHECKED);
		assertThat(job.acceptedCount()).isEqualTo(1);
		assertThat(job.getRefusedRows()).extracting(ImportRow::rowNumber).containsExactly(3, 4, 5, 6);
		assertThat(problems(job, 3)).containsExactly("import.problem.provinceUnknown");
		assertThat(problems(job, 4)).containsExactly("import.problem.codeRepeated");
		assertThat(job.getRefusedRows().get(1).problems().getFirst().args()).containsExactly(2);
		assertThat(problems(job, 5)).containsExactly("import.problem.codeExists");
		assertThat(problems(job, 6)).containsExactly("import.problem.nameMissing", "import.problem.validFromInvalid");
		assertThat(unitCount()).isEqualTo(before);
	}

	@Test
	void importsTheAcceptedRowsOfAnExcelFileOnlyOnConfirmation() throws Exception {
		long before = unitCount();
		byte[] xlsx = excel(new String[][] { { "code", "name", "province_code", "valid_from" },
				{ "40901", "Xã Con Cuông Thử", "40", "01/07/2025" }, { "40902", "Phường Vinh Thử", "40", "01/07/2025" } });
		var admin = logins.actor("admin");
		ImportJob<ImportRow> job = imports.checkNow(admin, "communes.xlsx", xlsx);
		assertThat(job.refusedCount()).isZero();
		assertThat(unitCount()).isEqualTo(before);

		assertThat(imports.confirmNow(admin, job.getId())).isEqualTo(2);
		assertThat(unitCount()).isEqualTo(before + 2);
		String english = jdbc.sql("select name_en from organisation.org_unit where code = '40902'").query(String.class).single();
		assertThat(english).isEqualTo("Vinh Thu Ward");
	}

	@Test
	void letsOnlyMinistryAdministratorsImport() {
		assertThatThrownBy(() -> imports.checkNow(logins.actor("thanhhoa.canbo"), "x.csv", new byte[0]))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void reportsAFileItCannotRead() {
		ImportJob<ImportRow> job = imports.checkNow(logins.actor("admin"), "broken.xlsx", "not a workbook".getBytes());
		assertThat(job.getState()).isEqualTo(ImportJob.State.FAILED);
		assertThat(job.getFailure()).isEqualTo("import.failure.unreadable");
	}

	private static java.util.List<String> problems(ImportJob<ImportRow> job, int row) {
		return job.getRows().stream().filter(r -> r.rowNumber() == row).findFirst().orElseThrow()
			.problems().stream().map(ImportProblem::key).toList();
	}

	private static byte[] excel(String[][] rows) throws Exception {
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
