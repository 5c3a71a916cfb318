package vn.tre.delegation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import vn.tre.shared.TextFolding;

/**
 * Checks an outgoing delegation against its province's rules. Pure: the trips a leader already has this
 * year come in as a function, so the check is testable without a database.
 */
final class RuleCheck {

	private RuleCheck() {
	}

	/** The key leaders of a delegation: members marked as such, and the head when a province leader heads it. */
	static Set<String> keyLeaders(DelegationDetails details) {
		Set<String> leaders = new LinkedHashSet<>();
		if (details.headLevel() == HeadLevel.PROVINCE_LEADER) {
			leaders.add(details.headName().strip());
		}
		details.members().stream().filter(Member::keyLeader).forEach(member -> leaders.add(member.name().strip()));
		return leaders;
	}

	/** The folded form of a person's name, to recognise the same person written differently. */
	static String person(String name) {
		return TextFolding.fold(name).replaceAll("[^a-z0-9]+", " ").strip();
	}

	static List<RuleBreach> breaches(DelegationDetails details, List<DelegationRule> rules,
			ToLongFunction<String> otherTripsThisYear) {
		if (details.direction() != Direction.OUTGOING) {
			return List.of();
		}
		List<RuleBreach> breaches = new ArrayList<>();
		for (DelegationRule rule : rules) {
			if (!rule.isActive()) {
				continue;
			}
			Integer limit = rule.getLimitValue();
			switch (rule.getKind()) {
				case MAX_MEMBERS -> exceeds(rule, details.size(), breaches);
				case MAX_DAYS -> exceeds(rule, details.days(), breaches);
				case MAX_COUNTRIES -> exceeds(rule, details.countries().size(), breaches);
				case KEY_LEADERS_APART -> {
					int leaders = keyLeaders(details).size();
					if (leaders >= 2) {
						breaches.add(new RuleBreach(rule.getKind(), limit, leaders, null, rule.getLegalBasisId()));
					}
				}
				case NO_BUSINESS_FUNDING -> {
					if (details.fundingSource() == FundingSource.BUSINESS) {
						breaches.add(new RuleBreach(rule.getKind(), limit, 1, null, rule.getLegalBasisId()));
					}
				}
				case MAX_TRIPS_PER_LEADER_PER_YEAR -> {
					if (limit != null) {
						for (String leader : keyLeaders(details)) {
							long trips = otherTripsThisYear.applyAsLong(person(leader)) + 1;
							if (trips > limit) {
								breaches.add(new RuleBreach(rule.getKind(), limit, trips, leader, rule.getLegalBasisId()));
							}
						}
					}
				}
			}
		}
		return breaches;
	}

	private static void exceeds(DelegationRule rule, long actual, List<RuleBreach> breaches) {
		if (rule.getLimitValue() != null && actual > rule.getLimitValue()) {
			breaches.add(new RuleBreach(rule.getKind(), rule.getLimitValue(), actual, null, rule.getLegalBasisId()));
		}
	}

	/** Defaults a province starts from (the Hà Nội rules reported in the press), used for the demo provinces. */
	static final Map<RuleKind, Integer> DEFAULT_LIMITS = Map.of(RuleKind.MAX_TRIPS_PER_LEADER_PER_YEAR, 2,
			RuleKind.MAX_MEMBERS, 10, RuleKind.MAX_DAYS, 10, RuleKind.MAX_COUNTRIES, 3);
}
