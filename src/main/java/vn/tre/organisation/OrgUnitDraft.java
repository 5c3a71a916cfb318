package vn.tre.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The fields of an org unit as an administrator enters them. */
public record OrgUnitDraft(OrgUnitType type, String code, String nameVi, String nameEn, @Nullable Long parentId,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, boolean centralCity) {
}
