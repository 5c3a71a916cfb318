package vn.tre.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.agreement.AgreementFixtures;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.CooperationField;
import vn.tre.partner.PartnerDirectory;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

/** The list narrows to its filters in the URL, and the export holds exactly what the list shows. */
@TreIntegrationTest
class AgreementListTests {

	@Autowired
	Logins logins;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	MutableClock clock;

	AgreementPages pages;

	@BeforeEach
	void setUp() {
		clock.set(LocalDate.of(2026, 5, 4).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		pages = new AgreementPages(agreements, partners, logins);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void filtersByCountryFieldAndSigningDateAndExportsExactlyTheFilter() throws Exception {
		var officer = logins.actor("thanhhoa.canbo");
		long niigata = pages.partner("Niigata Prefecture");
		var signed = AgreementFixtures.signed(agreements, officer, niigata, LocalDate.of(2026, 4, 20));
		pages.draft(officer, "Bản ghi nhớ Kỳ Lân về du lịch với Houaphanh", pages.partner("Houaphanh Province"),
				CooperationField.TOURISM);
		pages.draft(officer, "Bản ghi nhớ Kỳ Lân về lao động với Niigata", niigata, CooperationField.LABOUR);

		String page = pages.page("thanhhoa.canbo", "/agreements?q=ky lan&country=LA");
		assertThat(page).contains("Bản ghi nhớ Kỳ Lân về du lịch với Houaphanh")
			.doesNotContain("Bản ghi nhớ Kỳ Lân về lao động với Niigata").contains("1 kết quả");

		String signedPage = pages.page("thanhhoa.canbo",
				"/agreements?partnerId=" + niigata + "&field=LABOUR&signedFrom=20/04/2026&signedTo=20/04/2026&status=IN_FORCE");
		assertThat(signedPage).contains(signed.getTitleVi()).doesNotContain("Bản ghi nhớ Kỳ Lân").contains("text-secondary\">Chưa có lộ trình</div>")
			.contains("href=\"/agreements/export?status=IN_FORCE&partnerId=" + niigata
					+ "&field=LABOUR&signedFrom=20/04/2026&signedTo=20/04/2026\"");

		byte[] xlsx = logins.mvc().perform(get("/agreements/export").with(logins.as("thanhhoa.canbo"))
				.param("q", "ky lan").param("kind", "MEMORANDUM_OF_UNDERSTANDING").param("sort", "titleVi"))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = rows(xlsx);
		assertThat(rows.getFirst()).contains("Tên thỏa thuận (tiếng Việt)", "Quốc gia", "Trạng thái", "Tiến độ");
		assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1))
			.containsExactlyInAnyOrder("Bản ghi nhớ Kỳ Lân về du lịch với Houaphanh", "Bản ghi nhớ Kỳ Lân về lao động với Niigata");
		assertThat(rows.get(1)).contains("Dự thảo");
	}

	@Test
	void answersAnHtmxSearchWithTheResultsOnly() throws Exception {
		pages.draft(logins.actor("danang.canbo"), "Thỏa thuận Hải Âu hợp tác cảng biển", pages.partner("Daegu Metropolitan City"),
				CooperationField.TRANSPORT);
		String fragment = AgreementPages.text(logins.mvc().perform(get("/agreements").param("q", "hai au")
				.header("HX-Request", "true").with(logins.as("danang.canbo"))).andReturn());
		assertThat(fragment).startsWith("<div id=\"results\"").contains("Thỏa thuận Hải Âu hợp tác cảng biển")
			.doesNotContain("<nav");
		assertThat(pages.page("thanhhoa.canbo", "/agreements?q=hai au")).contains("0 kết quả")
			.doesNotContain("Thỏa thuận Hải Âu");
	}

	@Test
	void showsTheEmptyStateWithTheNewButtonToAnOfficerOnly() throws Exception {
		assertThat(pages.page("thanhhoa.canbo", "/agreements?q=khong co thoa thuan nao nhu vay"))
			.contains("Chưa có thỏa thuận quốc tế nào phù hợp").contains("href=\"/agreements/new\"");
		assertThat(pages.page("thanhhoa.xem", "/agreements?q=khong co thoa thuan nao nhu vay"))
			.doesNotContain("href=\"/agreements/new\"");
	}

	private static List<List<String>> rows(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter format = new DataFormatter();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(format.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		return rows;
	}
}
