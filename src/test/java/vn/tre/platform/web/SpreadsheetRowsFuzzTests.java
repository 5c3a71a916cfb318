package vn.tre.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.time.LocalDate;
import vn.tre.shared.TextFolding;

/**
 * Whatever bytes a user uploads, reading an imported list either returns rows or fails with an I/O error,
 * and dates and names never come back corrupted. Runs its seeds in every build; with JAZZER_FUZZ=1 it fuzzes.
 */
class SpreadsheetRowsFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void readsAnyCsvWithoutCrashing(FuzzedDataProvider data) {
		byte[] content = data.consumeRemainingAsBytes();
		try {
			for (var line : SpreadsheetRows.read("communes.csv", content, 5)) {
				assertThat(line.rowNumber()).isGreaterThan(1);
				assertThat(line.cells()).isNotEmpty();
			}
		}
		catch (IOException e) {
			// an unreadable file is reported to the user, not a crash
		}
	}

	@FuzzTest(maxDuration = "30s")
	void parsesOnlyRealDates(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		LocalDate day = SpreadsheetRows.parseDate(text);
		if (day != null) {
			assertThat(text).containsAnyOf(String.valueOf(day.getYear()), String.format("%04d", day.getYear()));
		}
	}

	@FuzzTest(maxDuration = "30s")
	void foldsTextIdempotently(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		String folded = TextFolding.fold(text);
		assertThat(TextFolding.fold(folded)).isEqualTo(folded);
	}
}
