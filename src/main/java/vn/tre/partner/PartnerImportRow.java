package vn.tre.partner;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tre.platform.web.ImportJob;
import vn.tre.platform.web.ImportProblem;

/** One row of a partner file as read, with the problems that refuse it (none: the row can be imported). */
public record PartnerImportRow(int rowNumber, String kind, String countryCode, String nameEn, String nameVi,
		List<ImportProblem> problems, @Nullable PartnerDraft draft) implements ImportJob.Row {

	public PartnerImportRow {
		problems = List.copyOf(problems);
	}

}
