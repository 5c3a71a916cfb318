package vn.tre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetRowsTests {

	@ParameterizedTest
	@CsvSource(value = { "01/07/2025|2025-07-01", "1/7/2025|2025-07-01", "2025-07-01|2025-07-01", "31/02/2025|",
			"2025/07/01|", "hôm nay|" }, delimiter = '|')
	void readsDatesStrictly(String text, LocalDate expected) {
		assertThat(SpreadsheetRows.parseDate(text)).isEqualTo(expected);
	}

	@Test
	void splitsQuotedCsvCells() {
		assertThat(SpreadsheetRows.splitCsv("38001,\"Phường \"\"Một\"\", A\",38", ','))
			.containsExactly("38001", "Phường \"Một\", A", "38");
		assertThat(SpreadsheetRows.splitCsv("38001;Xã B;38;01/07/2025", ';')).hasSize(4);
	}

	@Test
	void leavesOutTheHeaderAndBlankRowsOfACsvFile() throws Exception {
		byte[] csv = "\uFEFFcode;name\n38001;Xã A\n;\n38002;Xã B\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(SpreadsheetRows.read("x.csv", csv, 2)).extracting(SpreadsheetRows.Line::rowNumber).containsExactly(2, 4);
	}
}
