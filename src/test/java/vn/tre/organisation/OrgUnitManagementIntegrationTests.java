package vn.tre.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class OrgUnitManagementIntegrationTests {

	@Autowired
	OrgUnitManagement units;

	@Autowired
	AccessPolicy access;

	@Autowired
	Logins logins;

	private OrgUnit current(String code) {
		return units.findCurrentByCode(code, OrgUnitType.PROVINCE).orElseThrow();
	}

	private OrgUnit former(String code) {
		return units.search(logins.actor("admin"), new OrgUnitFilter(null, OrgUnitType.PROVINCE, null, false),
				PageRequest.of(0, 200))
			.stream()
			.filter(unit -> unit.getCode().equals(code) && unit.getValidTo() != null)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void holdsThe34ProvincesInForceAndThe63BeforeThem() {
		var admin = logins.actor("admin");
		long inForce = units.search(admin, new OrgUnitFilter(null, OrgUnitType.PROVINCE, null, true), PageRequest.of(0, 1))
			.getTotalElements();
		long all = units.search(admin, new OrgUnitFilter(null, OrgUnitType.PROVINCE, null, false), PageRequest.of(0, 1))
			.getTotalElements();
		assertThat(inForce).isEqualTo(34);
		assertThat(all).isEqualTo(34 + 63);
	}

	@Test
	void answersWhichUnitStandsTodayForAMergedProvince() {
		assertThat(units.successorToday(former("26").getId()).getNameVi()).isEqualTo("Phú Thọ");
		assertThat(units.successorToday(former("24").getId()).getNameVi()).isEqualTo("Bắc Ninh");
		assertThat(units.successorToday(current("38").getId()).getNameVi()).isEqualTo("Thanh Hóa");
	}

	@Test
	void answersWhichUnitsStoodForAProvinceOnADay() {
		var bacNinh = current("24");
		assertThat(units.stoodForOn(bacNinh.getId(), LocalDate.of(2024, 6, 1)))
			.extracting(OrgUnit::getNameVi)
			.containsExactlyInAnyOrder("Bắc Giang", "Bắc Ninh");
		assertThat(units.stoodForOn(bacNinh.getId(), LocalDate.of(2025, 8, 1)))
			.extracting(OrgUnit::getId)
			.containsExactly(bacNinh.getId());
	}

	@Test
	void letsAProvinceSeeItsCommunesAndFormerSelfButNotAnotherProvince() {
		var officer = logins.actor("thanhhoa.canbo");
		var scope = access.visibleUnits(officer);
		var commune = units.findCurrentByCode("38-DEMO-01", OrgUnitType.COMMUNE).orElseThrow();
		assertThat(scope.all()).isFalse();
		assertThat(scope.contains(current("38").getId())).isTrue();
		assertThat(scope.contains(former("38").getId())).isTrue();
		assertThat(scope.contains(commune.getId())).isTrue();
		assertThat(scope.contains(current("48").getId())).isFalse();
		assertThat(access.visibleUnits(logins.actor("bng.canbo")).all()).isTrue();
	}

	@Test
	void letsACommuneSeeOnlyItself() {
		var communeOfficer = logins.actor("hacthanh.canbo");
		assertThat(access.canRead(communeOfficer, communeOfficer.unitId())).isTrue();
		assertThat(access.canRead(communeOfficer, current("38").getId())).isFalse();
	}

	@Test
	void keepsEditingAndApprovingWithinTheOwnTree() {
		var province = current("38").getId();
		assertThat(access.canEdit(logins.actor("thanhhoa.canbo"), province)).isTrue();
		assertThat(access.canEdit(logins.actor("thanhhoa.xem"), province)).isFalse();
		assertThat(access.canEdit(logins.actor("bng.canbo"), province)).isFalse();
		assertThat(access.canApprove(logins.actor("thanhhoa.canbo"), province)).isFalse();
		assertThat(access.canApprove(logins.actor("thanhhoa.lanhdao"), province)).isTrue();
		assertThat(access.canApprove(logins.actor("danang.lanhdao"), province)).isFalse();
	}

	@Test
	void findsUnitsWithoutDiacritics() {
		var officer = logins.actor("thanhhoa.canbo");
		assertThat(units.search(officer, new OrgUnitFilter("hac thanh", null, null, true), PageRequest.of(0, 10)))
			.extracting(OrgUnit::getNameVi)
			.containsExactly("Phường Hạc Thành");
		assertThat(units.search(officer, new OrgUnitFilter("HẢI CHÂU", null, null, true), PageRequest.of(0, 10)))
			.isEmpty();
	}

	@Test
	void movesTheWholeSubtreeWhenAUnitChangesParent() {
		var admin = logins.actor("admin");
		var parent = units.create(admin, new OrgUnitDraft(OrgUnitType.PEOPLES_ORGANISATION, "T-MOVE-P", "Hội thử", "Test union",
				null, LocalDate.of(2025, 7, 1), null, false));
		var child = units.create(admin, new OrgUnitDraft(OrgUnitType.PEOPLES_ORGANISATION, "T-MOVE-C", "Chi hội thử",
				"Test branch", parent.getId(), LocalDate.of(2025, 7, 1), null, false));
		var province = current("42");
		units.update(admin, parent.getId(), parent.getVersion(), new OrgUnitDraft(OrgUnitType.PEOPLES_ORGANISATION,
				"T-MOVE-P", "Hội thử", "Test union", province.getId(), LocalDate.of(2025, 7, 1), null, false));
		assertThat(units.subtreeIds(province.getId())).contains(parent.getId(), child.getId());
		assertThat(units.find(child.getId()).orElseThrow().getPath())
			.isEqualTo(province.getPath() + parent.getId() + "/" + child.getId() + "/");
	}
}
