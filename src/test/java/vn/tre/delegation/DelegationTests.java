package vn.tre.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelegationTests {

	static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

	static DelegationDetails outgoing(int members, int days, Set<String> countries, FundingSource funding, List<Member> people) {
		var list = new java.util.ArrayList<>(people);
		for (int i = list.size(); i < members; i++) {
			list.add(new Member("Cán bộ " + i, null, null, false, false));
		}
		LocalDate from = LocalDate.of(2026, 12, 1);
		return new DelegationDetails(Direction.OUTGOING, "Đoàn thăm Gyeonggi", "Xúc tiến đầu tư", "Trịnh Văn Hùng", null,
				HeadLevel.PROVINCE_LEADER, list, countries, Set.of(), List.of(), from, from.plusDays(days - 1), funding, null,
				null, "Lời mời đột xuất");
	}

	static Delegation draft() {
		return new Delegation(1, outgoing(3, 5, Set.of("KR"), FundingSource.STATE_BUDGET, List.of()), 7, NOW);
	}

	@Test
	void goesFromDraftToClosedThroughEachStep() {
		Delegation delegation = draft();
		delegation.submit(7, NOW, null);
		delegation.approve(9, NOW, "123/QĐ-UBND");
		delegation.start();
		delegation.complete(LocalDate.of(2026, 12, 20));
		delegation.fileReport(new PostTripReport("Gặp Tỉnh trưởng", null, null, null,
				List.of(new FollowUpAction("Ký bản ghi nhớ", "Sở Ngoại vụ", LocalDate.of(2027, 3, 1), false))), 7,
				LocalDate.of(2026, 12, 10));
		delegation.close();
		assertThat(delegation.getStatus()).isEqualTo(DelegationStatus.CLOSED);
		assertThat(delegation.getDecisionReference()).isEqualTo("123/QĐ-UBND");
		assertThat(delegation.getFollowUps()).hasSize(1);
	}

	@Test
	void refusesToApproveADraft() {
		assertThatThrownBy(() -> draft().approve(9, NOW, null)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refusesChangesOnceSubmitted() {
		Delegation delegation = draft();
		delegation.submit(7, NOW, null);
		assertThatThrownBy(() -> delegation.change(delegation.details())).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void letsAReturnedDelegationBeCorrectedAndSubmittedAgain() {
		Delegation delegation = draft();
		delegation.submit(7, NOW, null);
		delegation.returnForChanges(9, NOW, "Bổ sung chương trình");
		assertThat(delegation.getStatusReason()).isEqualTo("Bổ sung chương trình");
		delegation.change(delegation.details());
		delegation.submit(7, NOW, null);
		assertThat(delegation.getStatus()).isEqualTo(DelegationStatus.SUBMITTED);
	}

	@Test
	void refusesAReportBeforeTheTripIsOver() {
		Delegation delegation = draft();
		delegation.submit(7, NOW, null);
		delegation.approve(9, NOW, null);
		assertThatThrownBy(() -> delegation.fileReport(new PostTripReport("x", null, null, null, List.of()), 7,
				LocalDate.of(2026, 12, 1))).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void refusesAReturnBeforeTheDeparture() {
		var details = outgoing(1, 1, Set.of("KR"), FundingSource.STATE_BUDGET, List.of());
		var reversed = new DelegationDetails(details.direction(), details.title(), details.purpose(), details.headName(),
				null, details.headLevel(), List.of(), details.countries(), Set.of(), List.of(), LocalDate.of(2026, 12, 5),
				LocalDate.of(2026, 12, 4), details.fundingSource(), null, null, "x");
		assertThatThrownBy(() -> new Delegation(1, reversed, 7, NOW)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "2, 1, 1", "11, 1, 1", "1, 11, 1", "1, 1, 4" })
	void knowsTheSizeDaysAndCountriesOfATrip(int people, int days, int countries) {
		var codes = new java.util.HashSet<>(List.of("KR", "JP", "CN", "FR").subList(0, countries));
		var details = outgoing(people - 1, days, codes, FundingSource.STATE_BUDGET, List.of());
		assertThat(details.size()).isEqualTo(people);
		assertThat(details.days()).isEqualTo(days);
	}

	@ParameterizedTest
	@CsvSource({
			"10, 10, 3, STATE_BUDGET, ''",
			"11, 10, 3, STATE_BUDGET, MAX_MEMBERS",
			"10, 11, 3, STATE_BUDGET, MAX_DAYS",
			"10, 10, 4, STATE_BUDGET, MAX_COUNTRIES",
			"5, 5, 1, BUSINESS, NO_BUSINESS_FUNDING" })
	void flagsTheRulesADelegationBreaks(int people, int days, int countries, FundingSource funding, String expected) {
		var codes = new java.util.HashSet<>(List.of("KR", "JP", "CN", "FR").subList(0, countries));
		var details = outgoing(people - 1, days, codes, funding, List.of());
		List<RuleBreach> breaches = RuleCheck.breaches(details, defaultRules(), person -> 0);
		assertThat(breaches).extracting(RuleBreach::kind)
			.containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(RuleKind.valueOf(expected)));
	}

	@Test
	void flagsTwoKeyLeadersOnOneDelegationAndALeaderOverTheYearlyLimit() {
		var details = outgoing(2, 3, Set.of("KR"), FundingSource.STATE_BUDGET,
				List.of(new Member("Lê Thị Mai", "Phó Chủ tịch UBND tỉnh", null, true, false)));
		List<RuleBreach> breaches = RuleCheck.breaches(details, defaultRules(),
				person -> person.equals("trinh van hung") ? 2 : 0);
		assertThat(breaches).extracting(RuleBreach::kind)
			.containsExactlyInAnyOrder(RuleKind.KEY_LEADERS_APART, RuleKind.MAX_TRIPS_PER_LEADER_PER_YEAR);
		assertThat(breaches).filteredOn(b -> b.kind() == RuleKind.MAX_TRIPS_PER_LEADER_PER_YEAR)
			.extracting(RuleBreach::person, RuleBreach::actual)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Trịnh Văn Hùng", 3L));
	}

	@Test
	void appliesNoOutgoingRuleToIncomingDelegations() {
		var out = outgoing(20, 20, Set.of("KR"), FundingSource.BUSINESS, List.of());
		var incoming = new DelegationDetails(Direction.INCOMING, out.title(), out.purpose(), out.headName(), null,
				HeadLevel.FOREIGN_SENIOR, out.members(), out.countries(), Set.of(), List.of(), out.departureDate(),
				out.returnDate(), out.fundingSource(), null, null, "x");
		assertThat(RuleCheck.breaches(incoming, defaultRules(), person -> 5)).isEmpty();
	}

	@Test
	void recognisesTheSamePersonWrittenDifferently() {
		assertThat(RuleCheck.person("  Trịnh  Văn Hùng ")).isEqualTo(RuleCheck.person("TRINH VAN HUNG"));
	}

	static List<DelegationRule> defaultRules() {
		var rules = new java.util.ArrayList<DelegationRule>();
		RuleCheck.DEFAULT_LIMITS.forEach((kind, limit) -> rules.add(new DelegationRule(1, kind, limit, null, null)));
		rules.add(new DelegationRule(1, RuleKind.KEY_LEADERS_APART, null, null, null));
		rules.add(new DelegationRule(1, RuleKind.NO_BUSINESS_FUNDING, null, null, null));
		return rules;
	}
}
