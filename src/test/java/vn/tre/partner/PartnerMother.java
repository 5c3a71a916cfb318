package vn.tre.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tre.shared.Actor;

/** Test partners and relations with names no other test uses. */
public final class PartnerMother {

	private PartnerMother() {
	}

	/** A Korean province with a fresh name, e.g. "Tỉnh Thử 1a2b3c". */
	public static PartnerDraft koreanProvince() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		return new PartnerDraft(PartnerKind.FOREIGN_LOCALITY, LocalityLevel.PROVINCE, null, "Test Province " + suffix,
				"Tỉnh Thử " + suffix, "KR", null, null, null, null, List.of("Thử Nghiệm " + suffix), List.of());
	}

	public static Partner create(PartnerDirectory partners, Actor actor) {
		return partners.create(actor, koreanProvince(), null);
	}

	public static RelationDraft twinning(LocalDate established) {
		return new RelationDraft(RelationType.TWINNING, established, "Biên bản thử", RelationStatus.ACTIVE, null, null);
	}
}
