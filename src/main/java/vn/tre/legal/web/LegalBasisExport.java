package vn.tre.legal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.LegalBasisStatus;
import vn.tre.platform.web.DateFormats;

/** The legal library as an Excel sheet, with exactly the rows of the filtered list. */
@Component
class LegalBasisExport {

	private static final List<String> HEADERS = List.of("legal.field.number", "legal.field.kind", "legal.field.issuer",
			"legal.field.titleVi", "legal.field.titleEn", "legal.field.issuedOn", "legal.field.inForceFrom",
			"legal.field.status", "legal.field.sourceUrl", "legal.field.note");

	private final MessageSource messages;

	LegalBasisExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(List<LegalBasis> bases, Map<Long, LegalBasisStatus> statuses, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("legal.list.title", null, locale));
			Row header = sheet.createRow(0);
			for (int column = 0; column < HEADERS.size(); column++) {
				header.createCell(column).setCellValue(messages.getMessage(HEADERS.get(column), null, locale));
			}
			int rowNumber = 1;
			for (LegalBasis basis : bases) {
				Row row = sheet.createRow(rowNumber++);
				List<String> values = List.of(basis.getNumber(),
						messages.getMessage("legal.kind." + basis.getKind(), null, locale), basis.getIssuer(),
						basis.getTitleVi(), basis.getTitleEn(), date(basis.getIssuedOn()), date(basis.getInForceFrom()),
						messages.getMessage("legal.status." + statuses.get(basis.getId()), null, locale),
						text(basis.getSourceUrl()), text(basis.getNote()));
				for (int column = 0; column < values.size(); column++) {
					row.createCell(column).setCellValue(values.get(column));
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : date.format(DateFormats.DATE);
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}
}
