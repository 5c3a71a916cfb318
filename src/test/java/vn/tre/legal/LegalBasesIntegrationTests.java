package vn.tre.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.tre.account.AccountManagement;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.support.TreIntegrationTest;

/** The legal library on the seeded instruments. */
@TreIntegrationTest
class LegalBasesIntegrationTests {

	@Autowired
	LegalBases legalBases;

	@Autowired
	LegalBasisAdministration administration;

	@Autowired
	AccountManagement accounts;

	@Test
	void findsAnInstrumentByItsNumberWithoutDiacritics() {
		assertThat(legalBases.findByNumber("58/2022/nd-cp")).get()
			.extracting(LegalBasis::getNumber).isEqualTo("58/2022/NĐ-CP");
	}

	@Test
	void searchesTitlesWordByWordWithoutDiacritics() {
		var found = legalBases.search(new LegalBasisFilter("nghi dinh dang ky", null, null), PageRequest.of(0, 50));

		assertThat(found.getContent()).extracting(LegalBasis::getNumber).contains("58/2022/NĐ-CP", "12/2012/NĐ-CP");
	}

	@Test
	void tellsInstrumentsInForceFromSupersededOnes() {
		var inForce = legalBases.search(new LegalBasisFilter(null, LegalBasisKind.DECREE, true), PageRequest.of(0, 100));
		var notInForce = legalBases.search(new LegalBasisFilter(null, LegalBasisKind.DECREE, false), PageRequest.of(0, 100));

		assertThat(inForce.getContent()).extracting(LegalBasis::getNumber)
			.contains("58/2022/NĐ-CP").doesNotContain("12/2012/NĐ-CP");
		assertThat(notInForce.getContent()).extracting(LegalBasis::getNumber)
			.contains("12/2012/NĐ-CP").doesNotContain("58/2022/NĐ-CP");
	}

	@Test
	void followsTheChainOfSupersession() {
		LegalBasis old = legalBases.findByNumber("12/2012/NĐ-CP").orElseThrow();
		LegalBasis current = legalBases.findByNumber("58/2022/NĐ-CP").orElseThrow();

		assertThat(legalBases.successors(old.getId())).extracting(LegalBasis::getNumber).containsExactly("58/2022/NĐ-CP");
		assertThat(legalBases.predecessors(current.getId())).extracting(LegalBasis::getNumber).contains("12/2012/NĐ-CP");
		assertThat(legalBases.statusOf(old)).isEqualTo(LegalBasisStatus.SUPERSEDED);
		assertThat(legalBases.statusOf(current)).isEqualTo(LegalBasisStatus.IN_FORCE);
	}

	@Test
	void refusesANumberThatDiffersOnlyByDiacritics() {
		assertThatThrownBy(() -> administration.create(actor("admin"), draft("58/2022/ND-CP", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("number", "legal.error.numberTaken"));
	}

	@Test
	void refusesASupersessionThatComesBackToTheInstrument() {
		LegalBasis old = legalBases.findByNumber("12/2012/NĐ-CP").orElseThrow();
		LegalBasis current = legalBases.findByNumber("58/2022/NĐ-CP").orElseThrow();
		LegalBasisDraft loop = new LegalBasisDraft(current.getNumber(), current.getKind(), current.getIssuer(),
				current.getTitleVi(), current.getTitleEn(), current.getIssuedOn(), current.getInForceFrom(), old.getId(),
				current.getSourceUrl(), current.getNote());

		assertThatThrownBy(() -> administration.update(actor("admin"), current.getId(), current.getVersion(), loop))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("supersededById", "legal.error.supersessionLoop"));
	}

	@Test
	void refusesAnInForceDateBeforeTheIssueDate() {
		var draft = new LegalBasisDraft("17/2026/TT-BNG", LegalBasisKind.CIRCULAR, "Bộ Ngoại giao", "Thông tư thử",
				"Test circular", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, null, null);

		assertThatThrownBy(() -> administration.create(actor("admin"), draft))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.errors()).containsEntry("inForceFrom", "legal.error.inForceBeforeIssued"));
	}

	@Test
	void letsOnlyAdministratorsCreateLegalBases() {
		assertThatThrownBy(() -> administration.create(actor("thanhhoa.canbo"), draft("18/2026/TT-BNG", null)))
			.isInstanceOf(Forbidden.class);
		assertThat(legalBases.findByNumber("18/2026/TT-BNG")).isEmpty();
	}

	@Test
	void createsAndChangesALegalBasisButRefusesAStaleVersion() {
		LegalBasis created = administration.create(actor("admin"), draft("19/2026/TT-BNG", null));
		LegalBasis changed = administration.update(actor("admin"), created.getId(), created.getVersion(),
				draft("19/2026/TT-BNG", legalBases.findByNumber("09/2025/TT-BNG").orElseThrow().getId()));

		assertThat(changed.getSupersededById()).isNotNull();
		assertThat(changed.getVersion()).isGreaterThan(created.getVersion());
		assertThatThrownBy(() -> administration.update(actor("admin"), created.getId(), created.getVersion(),
				draft("19/2026/TT-BNG", null)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	private LegalBasisDraft draft(String number, Long supersededById) {
		return new LegalBasisDraft(number, LegalBasisKind.CIRCULAR, "Bộ Ngoại giao", "Thông tư thử nghiệm",
				"Test circular", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 15), supersededById,
				"https://vbpl.vn/", null);
	}

	private Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}
}
