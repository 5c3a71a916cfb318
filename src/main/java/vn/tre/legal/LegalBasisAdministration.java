package vn.tre.legal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** Ministry administrators keep the legal library: add legal bases and change them. */
@Service
@Transactional
public class LegalBasisAdministration {

	private final LegalTexts texts;

	private final LegalBases legalBases;

	private final AccessPolicy access;

	LegalBasisAdministration(LegalTexts texts, LegalBases legalBases, AccessPolicy access) {
		this.texts = texts;
		this.legalBases = legalBases;
		this.access = access;
	}

	/** Adds a legal basis; ministry administrators only. */
	public LegalBasis create(Actor actor, LegalBasisDraft draft) {
		access.checkAdministers(actor);
		check(null, draft);
		return texts.saveAndFlush(new LegalBasis(draft));
	}

	/** Changes a legal basis last read at {@code version}; ministry administrators only. */
	public LegalBasis update(Actor actor, long id, long version, LegalBasisDraft draft) {
		access.checkAdministers(actor);
		LegalBasis basis = texts.findById(id).orElseThrow(() -> new NotFound("legal basis"));
		if (basis.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(LegalBasis.class, id);
		}
		check(id, draft);
		basis.apply(draft);
		return texts.saveAndFlush(basis);
	}

	private void check(@Nullable Long id, LegalBasisDraft draft) {
		Map<String, String> errors = new HashMap<>();
		legalBases.findByNumber(draft.number()).filter(other -> !other.getId().equals(id))
			.ifPresent(other -> errors.put("number", "legal.error.numberTaken"));
		if (draft.issuedOn() != null && draft.inForceFrom() != null && draft.inForceFrom().isBefore(draft.issuedOn())) {
			errors.put("inForceFrom", "legal.error.inForceBeforeIssued");
		}
		String supersession = draft.supersededById() == null ? null : supersessionProblem(id, draft.supersededById());
		if (supersession != null) {
			errors.put("supersededById", supersession);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/** What is wrong with {@code successorId} as the successor of {@code id}: unknown, or a loop back to it. */
	private @Nullable String supersessionProblem(@Nullable Long id, long successorId) {
		Long current = successorId;
		for (int hops = 0; current != null; hops++) {
			if (current.equals(id) || hops >= LegalBases.MAX_CHAIN) {
				return "legal.error.supersessionLoop";
			}
			Optional<LegalBasis> next = texts.findById(current);
			if (next.isEmpty()) {
				return "legal.error.unknownBasis";
			}
			current = next.get().getSupersededById();
		}
		return null;
	}
}
