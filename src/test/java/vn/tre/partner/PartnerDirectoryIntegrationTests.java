package vn.tre.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Forbidden;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class PartnerDirectoryIntegrationTests {

	@Autowired
	PartnerDirectory partners;

	@Autowired
	Logins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgUnitManagement units;

	private List<String> namesFound(String q) {
		return partners.search(logins.actor("danang.canbo"), PartnerFilter.none().withQuery(q), PageRequest.of(0, 20, Sort.by("sortEn")))
			.map(Partner::getNameEn).getContent();
	}

	@Test
	void findsTheSamePartnerByAnyOfItsNamesWithOrWithoutAccents() {
		assertThat(namesFound("gyeonggi")).contains("Gyeonggi Province");
		assertThat(namesFound("Gyeonggi-do")).contains("Gyeonggi Province");
		assertThat(namesFound("kinh ki")).containsExactly("Gyeonggi Province");
		assertThat(namesFound("KINH KỲ")).containsExactly("Gyeonggi Province");
		assertThat(namesFound("경기도")).containsExactly("Gyeonggi Province");
		assertThat(namesFound("hua phan")).containsExactly("Houaphanh Province");
	}

	@Test
	void putsWholeNameMatchesBeforeOtherMatches() {
		assertThat(namesFound("jica").getFirst()).isEqualTo("Japan International Cooperation Agency");
		assertThat(namesFound("shizuoka")).startsWith("Shizuoka Prefecture", "Shizuoka University");
	}

	@Test
	void refusesANewPartnerWhoseNameMatchesAfterFoldingUnlessTheUserInsists() {
		var actor = logins.actor("thanhhoa.canbo");
		Partner existing = PartnerMother.create(partners, actor);
		String typedWithoutAccents = existing.getNameVi().toUpperCase().replace("Ỉ", "I").replace("Ử", "U");
		var draft = new PartnerDraft(PartnerKind.FOREIGN_LOCALITY, null, null, "Another English Name", typedWithoutAccents,
				"KR", null, null, null, null, List.of(), List.of());

		assertThatThrownBy(() -> partners.create(actor, draft, null)).isInstanceOfSatisfying(DuplicatePartners.class,
				e -> assertThat(e.matches()).extracting(Partner::getId).containsExactly(existing.getId()));
		Partner insisted = partners.create(actor, draft, "Một tỉnh khác cùng tên");
		assertThat(insisted.getDuplicateReason()).isEqualTo("Một tỉnh khác cùng tên");
	}

	@Test
	void acceptsTheSameNameInAnotherCountry() {
		var actor = logins.actor("thanhhoa.canbo");
		Partner korean = PartnerMother.create(partners, actor);
		var japanese = new PartnerDraft(PartnerKind.FOREIGN_LOCALITY, null, null, korean.getNameEn(), null, "JP", null, null,
				null, null, List.of(), List.of());
		assertThat(partners.create(actor, japanese, null).getCountryCode()).isEqualTo("JP");
	}

	@Test
	void refusesPartnersFromViewersAndChangesFromOtherProvinces() {
		assertThatThrownBy(() -> PartnerMother.create(partners, logins.actor("thanhhoa.xem"))).isInstanceOf(Forbidden.class);
		Partner partner = PartnerMother.create(partners, logins.actor("thanhhoa.canbo"));
		assertThatThrownBy(() -> partners.update(logins.actor("danang.canbo"), partner.getId(), partner.getVersion(),
				PartnerMother.koreanProvince())).isInstanceOf(Forbidden.class);
		assertThat(partners.update(logins.actor("admin"), partner.getId(), partner.getVersion(), PartnerMother.koreanProvince())
			.getVersion()).isGreaterThan(partner.getVersion());
	}

	@Test
	void requiresACountryExceptForInternationalOrganisations() {
		var actor = logins.actor("thanhhoa.canbo");
		var ngo = new PartnerDraft(PartnerKind.FOREIGN_NGO, null, null, "Stateless Aid " + System.nanoTime(), null, null, null,
				null, null, null, List.of(), List.of());
		assertThatThrownBy(() -> partners.create(actor, ngo, null)).isInstanceOfSatisfying(InvalidPartner.class,
				e -> assertThat(e.field()).isEqualTo("countryCode"));
		var organisation = new PartnerDraft(PartnerKind.INTERNATIONAL_ORGANISATION, null, null, "World Body " + System.nanoTime(),
				null, null, null, null, null, null, List.of(), List.of());
		assertThat(partners.create(actor, organisation, null).getCountryCode()).isNull();
	}

	@Test
	void filtersByRegionUnitAndRelationStatusWithinTheViewersScope() {
		var danang = logins.actor("danang.canbo");
		long thanhHoa = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		var asean = partners.search(danang, new PartnerFilter("", null, null, "ASEAN", null, null), PageRequest.of(0, 50));
		assertThat(asean.map(Partner::getCountryCode).getContent()).isNotEmpty().containsOnly("LA");
		var dormant = partners.search(danang, new PartnerFilter("", null, null, null, null, RelationStatus.DORMANT),
				PageRequest.of(0, 50)).map(Partner::getNameEn).getContent();
		assertThat(dormant).contains("Sakai City", "Niigata Prefecture").doesNotContain("Shizuoka Prefecture");
		assertThatThrownBy(() -> partners.search(danang, new PartnerFilter("", null, null, null, thanhHoa, null), PageRequest.of(0, 5)))
			.isInstanceOf(vn.tre.shared.NotFound.class);
	}

	@Test
	void runsTheSearchOnTheTrigramIndexedColumn() {
		String extension = jdbc.sql("select extname from pg_extension where extname = 'pg_trgm'").query(String.class).single();
		String index = jdbc.sql("select indexdef from pg_indexes where indexname = 'partner_search_trgm_idx'").query(String.class).single();
		assertThat(extension).isEqualTo("pg_trgm");
		assertThat(index).contains("gin").contains("gin_trgm_ops").contains("search_text");
	}
}
