package vn.tre.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.tre.account.AccountManagement;
import vn.tre.account.UserAccount;
import vn.tre.platform.web.DateFormats;
import vn.tre.shared.Actor;

/** Writes the filtered user list as an .xlsx workbook, a page of rows at a time, headers in the user's language. */
@Component
class UserExcelExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int BATCH = 500;

	private static final List<String> HEADERS = List.of("user.username", "user.displayName", "user.email", "user.unit",
			"user.roles", "user.status", "user.lastLogin");

	private final AccountManagement accounts;

	private final UnitNames unitNames;

	private final MessageSource messages;

	private final Clock clock;

	UserExcelExport(AccountManagement accounts, UnitNames unitNames, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.unitNames = unitNames;
		this.messages = messages;
		this.clock = clock;
	}

	void write(Actor actor, UserFilter filter, Locale locale, HttpServletResponse response) throws IOException {
		Page<UserAccount> page = batch(actor, filter, 0);
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("users-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
			.build()
			.toString());
		try (var workbook = new SXSSFWorkbook(100)) {
			SXSSFSheet sheet = workbook.createSheet(text("user.list.title", locale));
			sheet.trackAllColumnsForAutoSizing();
			header(sheet, bold(workbook), locale);
			var rows = new Rows(sheet, locale, new HashMap<>());
			while (true) {
				page.getContent().forEach(rows::add);
				if (!page.hasNext()) {
					break;
				}
				page = batch(actor, filter, page.getNumber() + 1);
			}
			for (int column = 0; column < HEADERS.size(); column++) {
				sheet.autoSizeColumn(column);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(response.getOutputStream());
		}
	}

	private Page<UserAccount> batch(Actor actor, UserFilter filter, int number) {
		return accounts.search(actor, filter.q(), filter.unitId(), filter.role(), PageRequest.of(number, BATCH, filter.toSort()));
	}

	private void header(Sheet sheet, CellStyle style, Locale locale) {
		Row row = sheet.createRow(0);
		for (int column = 0; column < HEADERS.size(); column++) {
			var cell = row.createCell(column);
			cell.setCellValue(text(HEADERS.get(column), locale));
			cell.setCellStyle(style);
		}
	}

	private static CellStyle bold(SXSSFWorkbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Appends one row per user; unit names are looked up once per unit. */
	private final class Rows {

		private final Sheet sheet;

		private final Locale locale;

		private final Map<Long, String> units;

		private final ZoneId zone = clock.getZone();

		Rows(Sheet sheet, Locale locale, Map<Long, String> units) {
			this.sheet = sheet;
			this.locale = locale;
			this.units = units;
		}

		void add(UserAccount user) {
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			row.createCell(0).setCellValue(user.getUsername());
			row.createCell(1).setCellValue(user.getDisplayName());
			row.createCell(2).setCellValue(user.getEmail() == null ? "" : user.getEmail());
			row.createCell(3).setCellValue(units.computeIfAbsent(user.getUnitId(), id -> unitNames.of(id, locale)));
			row.createCell(4).setCellValue(String.join(", ", user.getRoles().stream()
				.sorted()
				.map(role -> text("role." + role.name(), locale))
				.toList()));
			row.createCell(5).setCellValue(text(UserStatus.of(user, clock.instant()).key(), locale));
			row.createCell(6).setCellValue(user.getLastLoginAt() == null ? ""
					: DateFormats.DATE_TIME.format(user.getLastLoginAt().atZone(zone)));
		}
	}
}
