package vn.tre.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerNamesTests {

	@Test
	void foldsCaseAccentsPunctuationAndSpaces() {
		assertThat(PartnerNames.key("Gyeonggi-do")).isEqualTo(PartnerNames.key("GYEONGGI DO"))
			.isEqualTo(PartnerNames.key("gyeonggido"));
		assertThat(PartnerNames.key("Tỉnh Hủa Phăn")).isEqualTo(PartnerNames.key("tinh hua phan"));
		assertThat(PartnerNames.key("Île-de-France")).isEqualTo(PartnerNames.key("ile de france"));
		assertThat(PartnerNames.key("Đà Nẵng")).isEqualTo("danang");
	}

	@Test
	void readsIAndYAsOneLetterAsVietnameseSpellingDoes() {
		assertThat(PartnerNames.key("Kinh Kỳ")).isEqualTo(PartnerNames.key("kinh ki")).isEqualTo(PartnerNames.key("Kinh Kì"));
		assertThat(PartnerNames.key("Gyeonggi Province")).contains(PartnerNames.key("gyeonggi"));
	}

	@Test
	void keepsOtherScriptsAsTheyAre() {
		assertThat(PartnerNames.key("경기도")).isEqualTo("경기도");
		assertThat(PartnerNames.key("静岡県")).isEqualTo("静岡県");
		assertThat(PartnerNames.key("Ｔｏｋｙｏ")).isEqualTo(PartnerNames.key("Tokyo"));
	}

	@Test
	void storesEveryNameBetweenSpacesForWholeNameMatches() {
		String text = PartnerNames.searchText(List.of("Gyeonggi Province", "Tỉnh Gyeonggi", "Kinh Kỳ", "  ", "kinh ki"));
		assertThat(text).isEqualTo(" gieonggiprovince tinhgieonggi kinhki ");
		assertThat(text).contains(" " + PartnerNames.key("KINH-KI") + " ");
	}

	@Test
	void sortsWithoutAccentsButKeepsWords() {
		assertThat(PartnerNames.sortKey("Đại học Keimyung")).isEqualTo("dai hoc keimyung");
	}

	@Test
	void searchesOneOrTwoLettersAtTheStartOfNamesOnly() {
		assertThat(PartnerNames.searchPattern("ka")).isEqualTo("% ka%");
		assertThat(PartnerNames.searchPattern("kin")).isEqualTo("%kin%");
	}
}
