package vn.tre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tre.audit.PendingChanges.RecordKey;

class PendingChangesTests {

	private final PendingChanges changes = new PendingChanges();

	private final RecordKey user = new RecordKey("UserAccount", "7");

	@Test
	void mergesTwoFlushesOfOneRecordIntoOneChangeFromFirstBeforeToLastAfter() {
		changes.updated(user, List.of(text("displayName", "An", "Ân")));
		changes.updated(user, List.of(text("displayName", "Ân", "Ấn")));

		assertThat(changes.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(ChangeAction.UPDATED);
			assertThat(entry.changes()).containsExactly(text("displayName", "An", "Ấn"));
		});
	}

	@Test
	void dropsAnUpdateWhoseFieldsEndWhereTheyBegan() {
		changes.updated(user, List.of(text("email", "a@x.vn", "b@x.vn")));
		changes.updated(user, List.of(text("email", "b@x.vn", "a@x.vn")));

		assertThat(changes.entries()).isEmpty();
	}

	@Test
	void putsTheRolesOfANewUserIntoItsCreation() {
		changes.created(user, List.of(text("username", null, "moi.canbo")));
		changes.collectionAfter(user, "roles", "PROVINCE_OFFICER", false);

		assertThat(changes.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(ChangeAction.CREATED);
			assertThat(entry.changes()).containsExactly(text("username", null, "moi.canbo"),
					text("roles", null, "PROVINCE_OFFICER"));
		});
	}

	@Test
	void recordsReplacedCollectionFromItsRemovalToItsRecreation() {
		changes.updated(user, List.of());
		changes.collectionBefore(user, "roles", "PROVINCE_OFFICER", false);
		changes.collectionAfter(user, "roles", null, false);
		changes.collectionAfter(user, "roles", "PROVINCE_OFFICER, VIEWER", false);

		assertThat(changes.entries()).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).containsExactly(text("roles", "PROVINCE_OFFICER", "PROVINCE_OFFICER, VIEWER")));
	}

	@Test
	void keepsHiddenFieldsWithoutValues() {
		changes.updated(user, List.of(FieldChange.hidden("passwordHash")));

		assertThat(changes.entries()).singleElement().satisfies(entry -> assertThat(entry.changes())
			.containsExactly(new FieldChange("passwordHash", null, null, ValueType.TEXT, true)));
	}

	private static FieldChange text(String field, String before, String after) {
		return new FieldChange(field, before, after, ValueType.TEXT, false);
	}
}
