package vn.tre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgUnitTests {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@ParameterizedTest
	@CsvSource({ "2025-06-30, false", "2025-07-01, true", "2026-12-31, true", "2027-01-01, false" })
	void isInForceOnlyWithinItsValidity(LocalDate day, boolean expected) {
		var unit = new OrgUnit(OrgUnitType.COMMUNE, "1", "Xã A", "A Commune", null, REFORM);
		unit.changeValidity(REFORM, LocalDate.of(2026, 12, 31));
		assertThat(unit.validOn(day)).isEqualTo(expected);
	}

	@Test
	void refusesValidityThatEndsBeforeItStarts() {
		var unit = new OrgUnit(OrgUnitType.PROVINCE, "38", "Thanh Hóa", "Thanh Hoa", null, REFORM);
		assertThatThrownBy(() -> unit.changeValidity(REFORM, REFORM.minusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void unitWithoutStartDateIsInForceUntilItsEnd() {
		var unit = new OrgUnit(OrgUnitType.PROVINCE, "24", "Bắc Giang", "Bac Giang", null, null);
		unit.changeValidity(null, REFORM.minusDays(1));
		assertThat(unit.validOn(LocalDate.of(1997, 1, 1))).isTrue();
		assertThat(unit.validOn(REFORM)).isFalse();
	}

	@Test
	void namesItselfInThePageLanguage() {
		var unit = new OrgUnit(OrgUnitType.PROVINCE, "48", "Đà Nẵng", "Da Nang", null, REFORM);
		assertThat(unit.name(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Đà Nẵng");
		assertThat(unit.name(java.util.Locale.FRENCH)).isEqualTo("Da Nang");
	}

	@ParameterizedTest
	@CsvSource({ "Phường Hạc Thành, Hac Thanh Ward", "Xã Na Mèo, Na Meo Commune", "Đặc khu Hoàng Sa, Hoang Sa Special Zone",
			"Thị trấn Quan Hóa, Quan Hoa Township", "Côn Đảo, Con Dao" })
	void makesEnglishCommuneNames(String vietnamese, String english) {
		assertThat(CommuneImport.englishName(vietnamese)).isEqualTo(english);
	}
}
