package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementTables;
import vn.tre.agreement.AgreementTables.StatusGroup;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.CountryFieldTable;
import vn.tre.partner.PartnerDirectory;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The table by country and field counts the viewer's agreements only, each once per cell and once per total. */
@TreIntegrationTest
class AgreementTableTests {

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AgreementTables tables;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	AgreementPages pages;

	@BeforeEach
	void setUp() {
		clock.set(LocalDate.of(2027, 3, 15).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		pages = new AgreementPages(agreements, partners, logins);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void countsTheViewersSignedAgreementsByCountryAndField() throws Exception {
		var officer = logins.actor("thanhhoa.canbo");
		CountryFieldTable before = tables.byCountryAndField(officer, StatusGroup.ALIVE, 2027);
		CountryFieldTable otherBefore = tables.byCountryAndField(logins.actor("danang.canbo"), StatusGroup.ALIVE, 2027);
		long shizuoka = pages.partner("Shizuoka Prefecture");
		AgreementFixtures.signed(agreements, officer, shizuoka, LocalDate.of(2027, 3, 10));
		AgreementFixtures.signed(agreements, officer, pages.partner("Sakai City"), LocalDate.of(2027, 3, 12));
		pages.draft(officer, "Dự thảo hợp tác lao động chưa ký", shizuoka, CooperationField.LABOUR);

		CountryFieldTable after = tables.byCountryAndField(officer, StatusGroup.ALIVE, 2027);
		assertThat(after.cell("JP", CooperationField.LABOUR)).isEqualTo(before.cell("JP", CooperationField.LABOUR) + 2);
		assertThat(after.cell("JP", CooperationField.TOURISM)).isEqualTo(before.cell("JP", CooperationField.TOURISM) + 2);
		assertThat(after.countryTotal("JP")).isEqualTo(before.countryTotal("JP") + 2);
		assertThat(after.fieldTotal(CooperationField.LABOUR)).isEqualTo(before.fieldTotal(CooperationField.LABOUR) + 2);
		assertThat(after.total()).isEqualTo(before.total() + 2);
		assertThat(tables.byCountryAndField(officer, StatusGroup.ALL, 2027).total()).isEqualTo(after.total());
		assertThat(tables.byCountryAndField(officer, StatusGroup.ALL, null).total()).isGreaterThan(after.total());
		assertThat(tables.byCountryAndField(logins.actor("danang.canbo"), StatusGroup.ALIVE, 2027))
			.isEqualTo(otherBefore);

		String page = pages.page("thanhhoa.canbo", "/agreements/by-country-field?group=ALIVE&year=2027");
		assertThat(page).contains("Thỏa thuận theo quốc gia và lĩnh vực").contains("Nhật Bản").contains("Lao động")
			.contains("href=\"/agreements?country=JP&field=LABOUR\"");

		byte[] xlsx = logins.mvc().perform(get("/agreements/by-country-field/export").param("group", "ALIVE")
				.param("year", "2027").with(logins.as("thanhhoa.canbo"))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			var format = new DataFormatter();
			Row header = sheet.getRow(0);
			int labour = -1;
			for (int i = 0; i < header.getLastCellNum(); i++) {
				if (format.formatCellValue(header.getCell(i)).equals("Lao động")) {
					labour = i;
				}
			}
			Row japan = null;
			for (Row row : sheet) {
				if (format.formatCellValue(row.getCell(0)).equals("Nhật Bản")) {
					japan = row;
				}
			}
			assertThat(labour).isPositive();
			assertThat(japan).isNotNull();
			assertThat(japan.getCell(labour).getNumericCellValue()).isEqualTo(after.cell("JP", CooperationField.LABOUR));
			Row totals = sheet.getRow(sheet.getLastRowNum());
			assertThat(totals.getCell(header.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(after.total());
		}
	}
}
