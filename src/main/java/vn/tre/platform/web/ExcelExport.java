package vn.tre.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a list as an .xlsx file: a bold header row, then one row per record; dates as real Excel dates
 * shown dd/MM/yyyy, numbers as numbers. Streams rows, so a long list does not fill the memory.
 */
public final class ExcelExport {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private ExcelExport() {
	}

	/** The workbook's bytes for the given sheet name, header and rows. */
	public static byte[] write(String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
		try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					set(row.createCell(i), values.get(i), date);
				}
			}
			for (int i = 0; i < header.size(); i++) {
				sheet.setColumnWidth(i, 24 * 256);
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

	/** A download response for the workbook. */
	public static ResponseEntity<byte[]> response(String filename, byte[] workbook) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	private static void set(Cell cell, Object value, CellStyle dateStyle) {
		switch (value) {
			case null -> cell.setBlank();
			case Number number -> cell.setCellValue(number.doubleValue());
			case LocalDate day -> {
				cell.setCellValue(day);
				cell.setCellStyle(dateStyle);
			}
			case Boolean flag -> cell.setCellValue(flag);
			default -> cell.setCellValue(value.toString());
		}
	}
}
