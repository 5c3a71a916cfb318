package vn.tre.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of an uploaded list, for the imports of every module: Excel (.xlsx, .xls) or CSV (UTF-8,
 * comma or semicolon), a header row, then the data; blank rows are left out. Dates typed in Excel come back
 * as dd/MM/yyyy, as a user would type them in a CSV file.
 */
public final class SpreadsheetRows {

	private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

	/** A row as typed, numbered as the user sees it in their spreadsheet (the header is row 1). */
	public record Line(int rowNumber, List<String> cells) {

		public Line {
			cells = List.copyOf(cells);
		}

		/** The cell's text without surrounding spaces, or "" past the end of the row. */
		public String cell(int index) {
			return index < cells.size() ? cells.get(index).strip() : "";
		}

		public boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	private SpreadsheetRows() {
	}

	/** The non-blank rows after the header, with the first {@code columns} cells of each (Excel). */
	public static List<Line> read(String filename, byte[] content, int columns) throws IOException {
		String lower = filename.toLowerCase(Locale.ROOT);
		List<Line> lines = lower.endsWith(".csv") || lower.endsWith(".txt") ? readCsv(content)
				: readExcel(content, columns);
		return lines.stream().filter(line -> !line.blank()).toList();
	}

	private static List<Line> readExcel(byte[] content, int columns) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < columns; i++) {
					cells.add(text(row.getCell(i)));
				}
				lines.add(new Line(row.getRowNum() + 1, cells));
			}
			return lines;
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		return FORMATTER.formatCellValue(cell);
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

	static List<String> splitCsv(String row, char separator) {
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

	/** The date as typed (dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd, strictly), or null when it is not a date. */
	public static @Nullable LocalDate parseDate(String text) {
		for (String pattern : List.of("dd/MM/uuuu", "d/M/uuuu", "uuuu-MM-dd")) {
			try {
				return LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT));
			}
			catch (RuntimeException e) {
				// try the next pattern
			}
		}
		return null;
	}
}
