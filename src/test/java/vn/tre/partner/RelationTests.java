package vn.tre.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RelationTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final LocalDate TODAY = LocalDate.now(CLOCK);

	private static Relation relation(String established, String lastActivity, RelationStatus status) {
		return new Relation(1, 2, new RelationDraft(RelationType.TWINNING, LocalDate.parse(established), null, status,
				lastActivity == null ? null : LocalDate.parse(lastActivity), null), CLOCK.instant());
	}

	@Test
	void flagsAnActiveRelationWithoutActivityForTwoYearsAsDormant() {
		Relation relation = relation("2015-01-10", "2024-11-22", RelationStatus.ACTIVE);
		assertThat(relation.inactiveFor2Years(TODAY)).isTrue();
		assertThat(relation.effectiveStatus(TODAY)).isEqualTo(RelationStatus.DORMANT);
	}

	@Test
	void keepsARelationActiveUpToTwoYearsAfterItsLastActivity() {
		Relation relation = relation("2015-01-10", "2024-11-23", RelationStatus.ACTIVE);
		assertThat(relation.inactiveFor2Years(TODAY)).isFalse();
		assertThat(relation.effectiveStatus(TODAY)).isEqualTo(RelationStatus.ACTIVE);
	}

	@Test
	void countsTheDayOfEstablishmentAsAnActivity() {
		assertThat(relation("2025-03-01", null, RelationStatus.ACTIVE).inactiveFor2Years(TODAY)).isFalse();
		assertThat(relation("2019-03-01", null, RelationStatus.ACTIVE).inactiveFor2Years(TODAY)).isTrue();
	}

	@Test
	void neverFlagsAnEndedRelation() {
		Relation ended = relation("2001-01-01", null, RelationStatus.ENDED);
		assertThat(ended.inactiveFor2Years(TODAY)).isFalse();
		assertThat(ended.effectiveStatus(TODAY)).isEqualTo(RelationStatus.ENDED);
	}

	@Test
	void wakesUpWhenAnActivityIsRecorded() {
		Relation relation = relation("2015-01-10", "2020-05-05", RelationStatus.ACTIVE);
		relation.activityOn(LocalDate.parse("2026-10-01"));
		relation.activityOn(LocalDate.parse("2025-01-01"));
		assertThat(relation.getLastActivityOn()).isEqualTo(LocalDate.parse("2026-10-01"));
		assertThat(relation.inactiveFor2Years(TODAY)).isFalse();
	}
}
