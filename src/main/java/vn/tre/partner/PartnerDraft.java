package vn.tre.partner;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a user enters for a partner, checked by the form or the API before it reaches the directory. */
public record PartnerDraft(PartnerKind kind, @Nullable LocalityLevel localityLevel, @Nullable String nameOriginal,
		String nameEn, @Nullable String nameVi, @Nullable String countryCode, @Nullable Long parentId,
		@Nullable String website, @Nullable String contacts, @Nullable String notes, List<String> aliases,
		List<String> tags) {

	public PartnerDraft {
		aliases = List.copyOf(aliases);
		tags = List.copyOf(tags);
		nameEn = vn.tre.shared.TextFolding.nfc(nameEn.strip());
	}

	/** The names to compare with other partners of the same country. */
	public List<String> names() {
		var names = new java.util.ArrayList<String>();
		if (nameOriginal != null) {
			names.add(nameOriginal);
		}
		names.add(nameEn);
		if (nameVi != null) {
			names.add(nameVi);
		}
		names.addAll(aliases);
		return names;
	}
}
