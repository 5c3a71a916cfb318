package vn.tre.legal;

import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/** The deadline rules' façade: every user reads them; administrators change them when the law changes. */
@Service
@Transactional(readOnly = true)
public class DeadlineRuleManagement {

	/** Ten years: no time limit of the law is longer. */
	public static final int MAX_LENGTH = 3650;

	private final DeadlineRules rules;

	private final LegalTexts texts;

	private final AccessPolicy access;

	DeadlineRuleManagement(DeadlineRules rules, LegalTexts texts, AccessPolicy access) {
		this.rules = rules;
		this.texts = texts;
		this.access = access;
	}

	/** Every rule, active or not, by code. */
	public List<DeadlineRule> all() {
		return rules.findAllByOrderByCode();
	}

	/** The rules that apply, by code. */
	public List<DeadlineRule> active() {
		return rules.findByActiveTrueOrderByCode();
	}

	/** A rule, or 404. */
	public DeadlineRule get(long id) {
		return rules.findById(id).orElseThrow(() -> new NotFound("deadline rule"));
	}

	public Optional<DeadlineRule> findByCode(String code) {
		return rules.findByCode(code);
	}

	/** The rules that cite a legal basis. */
	public List<DeadlineRule> citing(long legalBasisId) {
		return rules.findByLegalBasisIdOrderByCode(legalBasisId);
	}

	/** Changes a rule's length, unit, legal basis, note and activity; ministry administrators only. */
	@Transactional
	public DeadlineRule change(Actor actor, long id, long version, DeadlineRuleChange change) {
		access.checkAdministers(actor);
		DeadlineRule rule = get(id);
		if (rule.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DeadlineRule.class, id);
		}
		if (change.length() < 1 || change.length() > MAX_LENGTH) {
			throw new InvalidInput("length", "rule.error.length");
		}
		if (change.legalBasisId() != null && !texts.existsById(change.legalBasisId())) {
			throw new InvalidInput("legalBasisId", "legal.error.unknownBasis");
		}
		rule.change(change);
		return rules.saveAndFlush(rule);
	}
}
