package vn.tre.organisation;

import java.util.List;

/** One row of a commune file as read, with the problems that refuse it (none: the row can be imported). */
public record ImportRow(int rowNumber, String code, String name, String provinceCode, String validFrom,
		List<ImportProblem> problems) {

	public ImportRow {
		problems = List.copyOf(problems);
	}

	public boolean refused() {
		return !problems.isEmpty();
	}
}
