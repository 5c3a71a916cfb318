package vn.tre.partner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a partner file: Excel (.xlsx, .xls) or CSV (UTF-8, comma or semicolon), a header row, then the
 * columns of {@link #COLUMNS}. Rows are numbered as the user sees them in the spreadsheet (header = row 1).
 */
final class PartnerFile {

	static final List<String> COLUMNS = List.of("kind", "country_code", "name_en", "name_vi", "name_original", "aliases",
			"website", "tags");

	private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

	/** A row as typed. */
	record Line(int rowNumber, List<String> cells) {

		String cell(int index) {
			return index < cells.size() ? cells.get(index).strip() : "";
		}

		boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	private PartnerFile() {
	}

	static List<Line> read(String filename, byte[] content) throws IOException {
		String lower = filename.toLowerCase(Locale.ROOT);
		List<Line> lines = lower.endsWith(".csv") || lower.endsWith(".txt") ? readCsv(content) : readExcel(content);
		return lines.stream().filter(line -> !line.blank()).toList();
	}

	private static List<Line> readExcel(byte[] content) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			List<Line> lines = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					List<String> cells = new ArrayList<>();
					for (int i = 0; i < COLUMNS.size(); i++) {
						cells.add(row.getCell(i) == null ? "" : FORMATTER.formatCellValue(row.getCell(i)));
					}
					lines.add(new Line(row.getRowNum() + 1, cells));
				}
			}
			return lines;
		}
	}

	private static List<Line> readCsv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String[] rows = text.split("\r?\n", -1);
		char separator = rows.length > 0 && rows[0].contains(";") && !rows[0].contains(",") ? ';' : ',';
		List<Line> lines = new ArrayList<>();
		for (int i = 1; i < rows.length; i++) {
			lines.add(new Line(i + 1, splitCsv(rows[i], separator)));
		}
		return lines;
	}

	private static List<String> splitCsv(String row, char separator) {
		List<String> cells = new ArrayList<>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < row.length(); i++) {
			char c = row.charAt(i);
			if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
