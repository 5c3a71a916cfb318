package vn.tre.agreement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationFilter;
import vn.tre.delegation.DelegationManagement;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationFilter;
import vn.tre.partner.RelationManagement;
import vn.tre.platform.web.DateFormats;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * The records an agreement links to, through their modules' façades: the delegation it was signed during,
 * the twinning relation it establishes, and the abolished unit it was inherited from.
 */
@Component
class AgreementLinks {

	private final DelegationManagement delegations;

	private final RelationManagement relations;

	private final OrgUnitManagement units;

	private final AgreementViews views;

	private final MessageSource messages;

	AgreementLinks(DelegationManagement delegations, RelationManagement relations, OrgUnitManagement units,
			AgreementViews views, MessageSource messages) {
		this.delegations = delegations;
		this.relations = relations;
		this.units = units;
		this.views = views;
		this.messages = messages;
	}

	/** A record a select offers or a page links to: its id and how it reads. */
	record Choice(long id, String label) {
	}

	/** The delegation, as the actor may see it: its title and dates; empty when there is none or it is hidden. */
	Optional<Choice> delegation(Actor actor, @Nullable Long id) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(delegationChoice(delegations.get(actor, id)));
		}
		catch (NotFound e) {
			return Optional.empty();
		}
	}

	/** The unit's latest delegations, and the chosen one if older, to choose the one the agreement was signed in. */
	List<Choice> delegationChoices(Actor actor, long unitId, @Nullable Long chosen) {
		List<Choice> choices = new ArrayList<>(delegations.search(actor,
				new DelegationFilter(null, null, null, null, null, null, null, unitId, null, false),
				PageRequest.of(0, 100, Sort.by("departureDate").descending())).map(this::delegationChoice).getContent());
		if (chosen != null && choices.stream().noneMatch(c -> c.id() == chosen)) {
			delegation(actor, chosen).ifPresent(choice -> choices.addFirst(choice));
		}
		return choices;
	}

	/** The relation, as the actor may see it: the partner and the kind of relation. */
	Optional<Choice> relation(Actor actor, @Nullable Long id, Locale locale) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(relationChoice(relations.get(actor, id), locale));
		}
		catch (NotFound e) {
			return Optional.empty();
		}
	}

	/** The unit's relations with foreign partners, to choose the one the agreement establishes. */
	List<Choice> relationChoices(Actor actor, long unitId, Locale locale) {
		List<Relation> found = relations.search(actor, new RelationFilter("", null, unitId, null, null, null),
				PageRequest.of(0, 300)).getContent();
		var names = views.partnerNames(found.stream().map(Relation::getPartnerId).toList(), locale);
		return found.stream()
			.map(r -> new Choice(r.getId(), label(names.getOrDefault(r.getPartnerId(), "?"), r, locale)))
			.sorted(java.util.Comparator.comparing(Choice::label))
			.toList();
	}

	/** The units merged into the unit (district committees abolished on 1 July 2025 for a province). */
	List<Choice> predecessors(long unitId, Locale locale) {
		return units.predecessors(unitId).stream().map(u -> new Choice(u.getId(), u.name(locale))).toList();
	}

	@Nullable String unitName(@Nullable Long unitId, Locale locale) {
		return unitId == null ? null : units.find(unitId).map(u -> u.name(locale)).orElse(null);
	}

	boolean isPredecessor(long unitId, long candidate) {
		return units.predecessors(unitId).stream().map(OrgUnit::getId).anyMatch(id -> id == candidate);
	}

	boolean isRelationOf(Actor actor, long unitId, long relationId) {
		try {
			return relations.get(actor, relationId).getUnitId() == unitId;
		}
		catch (NotFound e) {
			return false;
		}
	}

	private Choice relationChoice(Relation relation, Locale locale) {
		String partner = views.partnerNames(List.of(relation.getPartnerId()), locale).getOrDefault(relation.getPartnerId(), "?");
		return new Choice(relation.getId(), label(partner, relation, locale));
	}

	private String label(String partner, Relation relation, Locale locale) {
		return partner + " · " + messages.getMessage("relation.type." + relation.getType(), null, locale) + " ("
				+ DateFormats.DATE.format(relation.getEstablishedOn()) + ")";
	}

	private Choice delegationChoice(Delegation delegation) {
		return new Choice(delegation.getId(), delegation.getTitle() + " ("
				+ DateFormats.DATE.format(delegation.getDepartureDate()) + ")");
	}
}
