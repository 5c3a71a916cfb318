package vn.tre.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.UnitScope;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;

/**
 * The partner module's façade for partners: search, read, create with duplicate detection, change. Partners
 * are shared records: every logged-in user reads them; the unit that entered one (and ministry
 * administrators) may change it.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

	private static final String WHAT = "partner";

	private final Partners partners;

	private final Countries countries;

	private final AccessPolicy access;

	private final Clock clock;

	PartnerDirectory(Partners partners, Countries countries, AccessPolicy access, Clock clock) {
		this.partners = partners;
		this.countries = countries;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Partners matching the filter, in the page's sort (or best match first when there is a text). The unit and
	 * status filters count only relations the actor may see; a unit they may not see is answered with 404.
	 */
	public Page<Partner> search(Actor actor, PartnerFilter filter, Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		if (filter.unitId() != null) {
			access.checkRead(actor, filter.unitId(), "org unit");
		}
		LocalDate cutoff = Relation.dormantCutoff(LocalDate.now(clock));
		String key = PartnerNames.key(filter.q());
		if (key.isEmpty()) {
			return partners.browse(filter.kind(), filter.country(), filter.region(), filter.unitId(), status(filter),
					scope.all(), scope.idList(), cutoff, page);
		}
		return partners.search(PartnerNames.searchPattern(key), "% " + key + " %", "% " + key + "%", filter.kind(), filter.country(),
				filter.region(), filter.unitId(), status(filter), scope.all(), scope.idList(), cutoff, page);
	}

	/** A partner by id, for other modules that name partners in their records. */
	public Optional<Partner> find(long id) {
		return partners.findById(id);
	}

	/** A partner's public profile: any logged-in user may read it; 404 when there is no such partner. */
	public Partner get(Actor actor, long id) {
		return partners.findById(id).orElseThrow(() -> new NotFound(WHAT));
	}

	/** The partners with the given ids, by id (one query). */
	public Map<Long, Partner> byIds(Collection<Long> ids) {
		var found = new LinkedHashMap<Long, Partner>();
		partners.findAllById(ids).forEach(partner -> found.put(partner.getId(), partner));
		return found;
	}

	/** The partners under this one (a prefecture's cities). */
	public List<Partner> children(long parentId) {
		return partners.findByParentIdOrderBySortVi(parentId);
	}

	/** Whether the actor may change the partner: a writer of the unit that entered it, or a ministry administrator. */
	public boolean canEdit(Actor actor, Partner partner) {
		return access.canEdit(actor, partner.getOwnerUnitId());
	}

	/** Whether the actor may enter partners at all. */
	public boolean canCreate(Actor actor) {
		return actor.writes();
	}

	/**
	 * Existing partners of the same country (or without a country) with one of the draft's names, after folding
	 * case, accents, punctuation and spaces.
	 */
	public List<Partner> duplicatesOf(@Nullable String countryCode, Collection<String> names, @Nullable Long exceptId) {
		var found = new LinkedHashMap<Long, Partner>();
		for (String key : PartnerNames.keys(names)) {
			partners.withName(countryCode, "% " + key + " %").forEach(partner -> found.putIfAbsent(partner.getId(), partner));
		}
		found.remove(exceptId);
		return new ArrayList<>(found.values());
	}

	/**
	 * Enters a partner for the actor's unit. When partners with the same name exist in the same country it throws
	 * {@link DuplicatePartners}, unless the user gave a reason to enter it all the same.
	 */
	@Transactional
	public Partner create(Actor actor, PartnerDraft draft, @Nullable String insistReason) {
		if (!canCreate(actor)) {
			throw new Forbidden(WHAT);
		}
		check(draft, null);
		List<Partner> duplicates = duplicatesOf(draft.countryCode(), draft.names(), null);
		boolean insisting = insistReason != null && !insistReason.isBlank();
		if (!duplicates.isEmpty() && !insisting) {
			throw new DuplicatePartners(duplicates);
		}
		var partner = new Partner(draft, actor.unitId(), actor.username(), clock.instant());
		if (!duplicates.isEmpty()) {
			partner.insistDespiteDuplicates(insistReason);
		}
		return partners.saveAndFlush(partner);
	}

	/** Changes a partner; 404 when there is none, 403 when the actor may not change it. */
	@Transactional
	public Partner update(Actor actor, long id, long version, PartnerDraft draft) {
		Partner partner = get(actor, id);
		if (!canEdit(actor, partner)) {
			throw new Forbidden(WHAT);
		}
		if (partner.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Partner.class, id);
		}
		check(draft, id);
		partner.change(draft);
		return partners.saveAndFlush(partner);
	}

	/** Saves partners checked by the import, in one transaction. */
	@Transactional
	void createAll(List<Partner> newPartners) {
		partners.saveAll(newPartners);
		partners.flush();
	}

	private static String status(PartnerFilter filter) {
		return filter.status() == null ? "" : filter.status().name();
	}

	private void check(PartnerDraft draft, @Nullable Long id) {
		if (draft.nameEn().isBlank()) {
			throw new InvalidPartner("nameEn", "partner.form.nameEn.required");
		}
		if (draft.countryCode() == null ? !draft.kind().countryOptional() : !countries.existsById(draft.countryCode())) {
			throw new InvalidPartner("countryCode", draft.countryCode() == null ? "partner.form.country.required"
					: "partner.form.country.unknown");
		}
		if (draft.parentId() != null) {
			if (!partners.existsById(draft.parentId())) {
				throw new InvalidPartner("parentId", "partner.form.parent.unknown");
			}
			if (draft.parentId().equals(id) || id != null && isAncestor(id, draft.parentId())) {
				throw new InvalidPartner("parentId", "partner.form.parent.cycle");
			}
		}
	}

	private boolean isAncestor(long id, long parentId) {
		Long current = parentId;
		for (int hops = 0; current != null && hops < 20; hops++) {
			if (current == id) {
				return true;
			}
			current = partners.findById(current).map(Partner::getParentId).orElse(null);
		}
		return false;
	}
}
