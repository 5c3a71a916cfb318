package vn.tre.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.shared.NotFound;
import vn.tre.shared.TextFolding;

/** The legal library's façade for every module: find legal bases, show them, tell whether they apply. */
@Service
@Transactional(readOnly = true)
public class LegalBases {

	static final int MAX_CHAIN = 20;

	private final LegalTexts texts;

	private final Clock clock;

	LegalBases(LegalTexts texts, Clock clock) {
		this.texts = texts;
		this.clock = clock;
	}

	/** A legal basis by id, whoever asks: the library is shared by every unit. */
	public Optional<LegalBasis> find(long id) {
		return texts.findById(id);
	}

	/** A legal basis by its number, ignoring case and diacritics ("58/2022/ND-CP" finds "58/2022/NĐ-CP"). */
	public Optional<LegalBasis> findByNumber(String number) {
		return texts.findByFoldedNumber(TextFolding.fold(number.strip()));
	}

	/** A legal basis by id, or 404. */
	public LegalBasis get(long id) {
		return texts.findById(id).orElseThrow(() -> new NotFound("legal basis"));
	}

	/** Number and title in the page's language, or "#id" when the basis is unknown. */
	public String nameOf(long id, Locale locale) {
		return texts.findById(id).map(basis -> basis.displayName(locale)).orElse("#" + id);
	}

	/** The legal bases with these ids, by id, in one query (for lists that show the bases they cite). */
	public Map<Long, LegalBasis> findAll(Collection<Long> ids) {
		return texts.findAllById(ids).stream().collect(Collectors.toMap(LegalBasis::getId, Function.identity()));
	}

	/** The library, filtered and paged; the text matches the number or a title, without regard to diacritics. */
	public Page<LegalBasis> search(LegalBasisFilter filter, Pageable page) {
		// Words in the order typed, anything between them: "nghi dinh dang ky" finds "Nghị định về đăng ký".
		String q = filter.q() == null ? "" : TextFolding.containsPattern(filter.q()).replaceAll("\\s+", "%");
		String inForce = filter.inForce() == null ? "ALL" : filter.inForce() ? "YES" : "NO";
		return texts.search(q, filter.kind(), inForce, today(), page);
	}

	/** Every legal basis by number, for a picker (the library holds hundreds, not millions). */
	public List<LegalBasis> choices() {
		return texts.findAllByOrderByNumber();
	}

	/** Whether the basis applies today. */
	public LegalBasisStatus statusOf(LegalBasis basis) {
		return basis.statusOn(today(), successorOf(basis));
	}

	/** The status today of each basis, by id, in one query for their successors. */
	public Map<Long, LegalBasisStatus> statusesOf(Collection<LegalBasis> bases) {
		List<Long> successorIds = bases.stream().map(LegalBasis::getSupersededById).filter(Objects::nonNull).toList();
		Map<Long, LegalBasis> successors = findAll(successorIds);
		LocalDate today = today();
		Map<Long, LegalBasisStatus> statuses = new LinkedHashMap<>();
		for (LegalBasis basis : bases) {
			LegalBasis successor = basis.getSupersededById() == null ? null : successors.get(basis.getSupersededById());
			statuses.put(basis.getId(), basis.statusOn(today, successor));
		}
		return statuses;
	}

	/** The instruments that replaced this one, in order: its successor, the successor's successor… */
	public List<LegalBasis> successors(long id) {
		List<LegalBasis> chain = new ArrayList<>();
		LegalBasis current = get(id);
		while (current.getSupersededById() != null && chain.size() < MAX_CHAIN) {
			current = get(current.getSupersededById());
			chain.add(current);
		}
		return chain;
	}

	/** The instruments this one replaced. */
	public List<LegalBasis> predecessors(long id) {
		return texts.findBySupersededByIdOrderByNumber(id);
	}

	private @Nullable LegalBasis successorOf(LegalBasis basis) {
		return basis.getSupersededById() == null ? null : texts.findById(basis.getSupersededById()).orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
