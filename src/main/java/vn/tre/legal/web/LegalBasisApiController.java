package vn.tre.legal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.legal.LegalBasis;
import vn.tre.legal.LegalBasisKind;
import vn.tre.legal.LegalBasisStatus;
import vn.tre.legal.LegalBases;

/** The legal library as JSON, for every logged-in user and access token. */
@RestController
@RequestMapping("/api/v1/legal-bases")
@Tag(name = "Legal bases", description = "The instruments that deadlines, procedures and forms are based on")
class LegalBasisApiController {

	private static final int MAX_PAGE_SIZE = 100;

	private final LegalBases legalBases;

	LegalBasisApiController(LegalBases legalBases) {
		this.legalBases = legalBases;
	}

	@GetMapping
	@Operation(summary = "Search legal bases by number or title (with or without diacritics), kind and in-force status")
	LegalBasisPage search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LegalBasisKind kind,
			@Parameter(description = "true: in force today; false: not yet or no longer in force")
			@RequestParam(required = false) @Nullable Boolean inForce,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var query = new LegalBasisQuery(q, kind, inForce, "number");
		Page<LegalBasis> results = legalBases.search(query.filter(),
				PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE), query.toSort()));
		Map<Long, LegalBasisStatus> statuses = legalBases.statusesOf(results.getContent());
		return new LegalBasisPage(
				results.getContent().stream().map(basis -> LegalBasisResponse.of(basis, statuses.get(basis.getId()))).toList(),
				results.getNumber(), results.getSize(), results.getTotalElements(), results.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One legal basis, with its status today and the chain of instruments that superseded it")
	LegalBasisDetail get(@PathVariable long id) {
		LegalBasis basis = legalBases.get(id);
		return new LegalBasisDetail(LegalBasisResponse.of(basis, legalBases.statusOf(basis)),
				legalBases.successors(id).stream().map(next -> new LegalBasisReference(next.getId(), next.getNumber())).toList(),
				legalBases.predecessors(id).stream().map(old -> new LegalBasisReference(old.getId(), old.getNumber())).toList());
	}

	/** A page of legal bases. */
	record LegalBasisPage(List<LegalBasisResponse> items, int page, int size, long totalElements, int totalPages) {
	}

	/** A legal basis as the API shows it. */
	record LegalBasisResponse(long id, String number, LegalBasisKind kind, String issuer, String titleVi,
			String titleEn, @Nullable LocalDate issuedOn, @Nullable LocalDate inForceFrom, @Nullable Long supersededById,
			@Nullable String sourceUrl, @Nullable String note, LegalBasisStatus status) {

		static LegalBasisResponse of(LegalBasis basis, LegalBasisStatus status) {
			return new LegalBasisResponse(basis.getId(), basis.getNumber(), basis.getKind(), basis.getIssuer(),
					basis.getTitleVi(), basis.getTitleEn(), basis.getIssuedOn(), basis.getInForceFrom(),
					basis.getSupersededById(), basis.getSourceUrl(), basis.getNote(), status);
		}
	}

	/** A legal basis with its supersession: {@code supersededBy} in order, {@code supersedes} the ones it replaced. */
	record LegalBasisDetail(LegalBasisResponse basis, List<LegalBasisReference> supersededBy,
			List<LegalBasisReference> supersedes) {
	}

	/** A pointer to another legal basis. */
	record LegalBasisReference(long id, String number) {
	}
}
