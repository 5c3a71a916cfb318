package vn.tre.partner;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tre.organisation.ImportProblem;

/** One row of a partner file as read, with the problems that refuse it (none: the row can be imported). */
public record PartnerImportRow(int rowNumber, String kind, String countryCode, String nameEn, String nameVi,
		List<ImportProblem> problems, @Nullable PartnerDraft draft) {

	public PartnerImportRow {
		problems = List.copyOf(problems);
	}

	public boolean refused() {
		return !problems.isEmpty();
	}
}
