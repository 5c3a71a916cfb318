package vn.tre.organisation;

import java.util.List;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ImportProblem;

/** One row of a commune file as read, with the problems that refuse it (none: the row can be imported). */
public record ImportRow(int rowNumber, String code, String name, String provinceCode, String validFrom,
		List<ImportProblem> problems) implements ImportJob.Row {

	public ImportRow {
		problems = List.copyOf(problems);
	}

}
