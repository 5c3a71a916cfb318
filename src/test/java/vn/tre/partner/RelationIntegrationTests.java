package vn.tre.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.support.Logins;
import vn.tre.support.MutableClock;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class RelationIntegrationTests {

	@Autowired
	PartnerDirectory partners;

	@Autowired
	RelationManagement relations;

	@Autowired
	PartnerTimeline timeline;

	@Autowired
	OrgUnitManagement units;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	Logins logins;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long unit(String code) {
		return units.findCurrentByCode(code, OrgUnitType.PROVINCE).orElseThrow().getId();
	}

	@Test
	void putsANewRelationOnThePartnersTimelineForTheUnitsThatMaySeeIt() {
		var thanhHoa = logins.actor("thanhhoa.canbo");
		Partner partner = PartnerMother.create(partners, thanhHoa);
		Relation relation = relations.create(thanhHoa, partner.getId(), unit("38"), PartnerMother.twinning(LocalDate.of(2020, 5, 1)));

		await().atMost(Duration.ofSeconds(10)).until(() -> !timeline.of(thanhHoa, partner.getId(), null, null, PageRequest.of(0, 10)).isEmpty());
		var entry = timeline.of(thanhHoa, partner.getId(), null, null, PageRequest.of(0, 10)).getContent().getFirst();
		assertThat(entry.getKind()).isEqualTo(ActivityKind.RELATION);
		assertThat(entry.getHappenedOn()).isEqualTo(LocalDate.of(2020, 5, 1));
		assertThat(entry.getTitle()).contains("Kết nghĩa", "Thanh Hóa", partner.getNameVi());
		assertThat(entry.getLink()).isEqualTo("/relations/" + relation.getId());
		assertThat(timeline.of(logins.actor("danang.canbo"), partner.getId(), null, null, PageRequest.of(0, 10))).isEmpty();
		assertThat(timeline.of(logins.actor("bng.canbo"), partner.getId(), null, null, PageRequest.of(0, 10))).hasSize(1);
	}

	@Test
	void letsOnlyTheOwningUnitChangeARelationWhileTheMinistrySeesIt() {
		var thanhHoa = logins.actor("thanhhoa.canbo");
		Partner partner = PartnerMother.create(partners, thanhHoa);
		Relation relation = relations.create(thanhHoa, partner.getId(), unit("38"), PartnerMother.twinning(LocalDate.of(2021, 1, 1)));
		var draft = new RelationDraft(RelationType.TWINNING, LocalDate.of(2021, 1, 1), null, RelationStatus.ENDED, null, null);

		assertThatThrownBy(() -> relations.get(logins.actor("danang.canbo"), relation.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> relations.update(logins.actor("danang.canbo"), relation.getId(), relation.getVersion(), draft))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> relations.update(logins.actor("bng.canbo"), relation.getId(), relation.getVersion(), draft))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> relations.create(logins.actor("danang.canbo"), partner.getId(), unit("38"), draft))
			.isInstanceOf(NotFound.class);
		assertThat(relations.get(logins.actor("bng.canbo"), relation.getId()).getUnitId()).isEqualTo(unit("38"));
		assertThat(relations.update(thanhHoa, relation.getId(), relation.getVersion(), draft).getStatus()).isEqualTo(RelationStatus.ENDED);
	}

	@Test
	void showsTheMinistryTheRelationsOfBothProvincesAndEachProvinceOnlyItsOwn() {
		Partner partner = PartnerMother.create(partners, logins.actor("thanhhoa.canbo"));
		relations.create(logins.actor("thanhhoa.canbo"), partner.getId(), unit("38"), PartnerMother.twinning(LocalDate.of(2020, 1, 1)));
		relations.create(logins.actor("danang.canbo"), partner.getId(), unit("48"), PartnerMother.twinning(LocalDate.of(2022, 1, 1)));
		var filter = RelationFilter.ofPartner(partner.getId());
		assertThat(relations.search(logins.actor("bng.canbo"), filter, PageRequest.of(0, 10)).map(Relation::getUnitId))
			.containsExactlyInAnyOrder(unit("38"), unit("48"));
		assertThat(relations.search(logins.actor("danang.canbo"), filter, PageRequest.of(0, 10)).map(Relation::getUnitId))
			.containsExactly(unit("48"));
	}

	@Test
	void wakesADormantRelationWhenAnotherModuleReportsAnActivity() {
		clock.set(ZonedDateTime.parse("2026-11-23T09:00:00+07:00"));
		var thanhHoa = logins.actor("thanhhoa.canbo");
		Partner partner = PartnerMother.create(partners, thanhHoa);
		Relation relation = relations.create(thanhHoa, partner.getId(), unit("38"), PartnerMother.twinning(LocalDate.of(2018, 3, 1)));
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThat(relations.get(thanhHoa, relation.getId()).inactiveFor2Years(today)).isTrue();

		transactions.executeWithoutResult(status -> events.publishEvent(new PartnerActivity(partner.getId(), unit("38"),
				LocalDate.of(2026, 10, 2), ActivityKind.DELEGATION, "Đoàn thử nghiệm", "/delegations/1")));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> relations.get(thanhHoa, relation.getId()).getLastActivityOn() != null);
		assertThat(relations.get(thanhHoa, relation.getId()).getLastActivityOn()).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(relations.get(thanhHoa, relation.getId()).inactiveFor2Years(today)).isFalse();
		assertThat(timeline.of(thanhHoa, partner.getId(), null, ActivityKind.DELEGATION, PageRequest.of(0, 5)))
			.extracting(TimelineEntry::getTitle).containsExactly("Đoàn thử nghiệm");
	}

	@Test
	void refusesAnEstablishmentDateInTheFuture() {
		clock.set(ZonedDateTime.parse("2026-11-23T09:00:00+07:00"));
		var thanhHoa = logins.actor("thanhhoa.canbo");
		Partner partner = PartnerMother.create(partners, thanhHoa);
		assertThatThrownBy(() -> relations.create(thanhHoa, partner.getId(), unit("38"),
				PartnerMother.twinning(LocalDate.of(2026, 12, 1))))
			.isInstanceOfSatisfying(InvalidPartner.class, e -> assertThat(e.field()).isEqualTo("establishedOn"));
	}
}
