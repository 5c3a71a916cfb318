package vn.tre.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.jspecify.annotations.Nullable;
import vn.tre.audit.SecurityEvent;
import vn.tre.platform.web.DateFormats;

/** The security log as an Excel workbook: the same columns as the page, in the reader's language. */
final class SecurityLogWorkbook {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<String> HEADERS = List.of("audit.col.at", "audit.col.user", "audit.col.event", "audit.col.ip",
			"audit.col.browser", "audit.col.detail", "audit.col.record");

	private SecurityLogWorkbook() {
	}

	static byte[] of(List<SecurityEvent> events, MessageSource messages, Locale locale) {
		try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("audit.securityLog.title", null, locale));
			Row header = sheet.createRow(0);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage(HEADERS.get(i), null, locale));
				header.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, 22 * 256);
			}
			int index = 1;
			for (SecurityEvent event : events) {
				Row row = sheet.createRow(index++);
				row.createCell(0).setCellValue(event.at().atZone(VIETNAM).format(DateFormats.DATE_TIME));
				row.createCell(1).setCellValue(event.username());
				row.createCell(2).setCellValue(messages.getMessage("audit.kind." + event.kind(), null, locale));
				row.createCell(3).setCellValue(orEmpty(event.ip()));
				row.createCell(4).setCellValue(orEmpty(event.userAgent()));
				row.createCell(5).setCellValue(event.detail() == null ? "" : messages.getMessage(event.detail(), null, event.detail(), locale));
				row.createCell(6).setCellValue(event.recordType() == null ? "" : event.recordType() + " #" + event.recordId());
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
