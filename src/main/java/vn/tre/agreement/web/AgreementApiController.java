package vn.tre.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementChange;
import vn.tre.agreement.AgreementFilter;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementStatus;
import vn.tre.agreement.AgreementSummary;
import vn.tre.agreement.AgreementTransition;
import vn.tre.agreement.ChangeKind;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.WarningKind;
import vn.tre.shared.Actor;

/**
 * Agreements as JSON: the list with the list page's filters, one agreement, create and change, its history,
 * and the public summaries of other units' agreements with a partner.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "International agreements of localities, their lifecycle and early warnings")
class AgreementApiController {

	private final AgreementManagement agreements;

	AgreementApiController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	/** A page of agreements. */
	record PageJson(List<AgreementJson> items, int page, int size, long total) {
	}

	/** A status change. */
	record TransitionJson(@Nullable AgreementStatus from, AgreementStatus to, Instant at, String username,
			@Nullable String comment) {
	}

	/** An amendment or extension. */
	record ChangeJson(ChangeKind kind, LocalDate on, @Nullable LocalDate newExpiry, String note, String username) {
	}

	/** Who changed the status and when, and the amendments and extensions. */
	record HistoryJson(List<TransitionJson> transitions, List<ChangeJson> changes) {
	}

	@GetMapping
	@Operation(summary = "Agreements the caller may see, filtered like the list page (dates as yyyy-MM-dd bound the signing date)")
	PageJson list(Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable AgreementKind kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Long partnerId,
			@RequestParam(required = false) @Nullable CooperationField field,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable WarningKind warning,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedTo,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var filter = new AgreementFilter(q, status, kind, country, partnerId, field, unitId, warning, signedFrom, signedTo);
		var found = agreements.search(actor, filter, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500),
				Sort.by(Sort.Order.desc("signedOn").nullsFirst(), Sort.Order.desc("id"))));
		LocalDate today = agreements.today();
		return new PageJson(found.getContent().stream().map(a -> AgreementJson.of(a, today)).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agreement")
	AgreementJson one(Actor actor, @PathVariable long id) {
		return AgreementJson.of(agreements.get(actor, id), agreements.today());
	}

	@PostMapping
	@Operation(summary = "Record a draft agreement of a unit (the caller's own when unitId is left out)")
	ResponseEntity<AgreementJson> create(Actor actor, @RequestBody AgreementRequest request) {
		long unitId = request.unitId() == null ? actor.unitId() : request.unitId();
		agreements.checkEdit(actor, unitId);
		Agreement created = agreements.create(actor, unitId, request.details());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.getId()))
			.body(AgreementJson.of(created, agreements.today()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change what an agreement says and who its parties are; send the version you read")
	AgreementJson update(Actor actor, @PathVariable long id, @RequestBody AgreementRequest request) {
		agreements.checkEdit(actor, agreements.get(actor, id).getUnitId());
		return AgreementJson.of(agreements.update(actor, id, InvalidRequest.required(request.version(), "version"),
				request.details()), agreements.today());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The status changes, amendments and extensions of an agreement")
	HistoryJson history(Actor actor, @PathVariable long id) {
		List<TransitionJson> steps = agreements.history(actor, id).stream()
			.map((AgreementTransition t) -> new TransitionJson(t.getFromStatus(), t.getToStatus(), t.getAt(), t.getUsername(),
					t.getComment()))
			.toList();
		List<ChangeJson> changes = agreements.changes(actor, id).stream()
			.map((AgreementChange c) -> new ChangeJson(c.getKind(), c.getOn(), c.getNewExpiry(), c.getNote(), c.getUsername()))
			.toList();
		return new HistoryJson(steps, changes);
	}

	@GetMapping("/summaries")
	@Operation(summary = "Public summaries (title, partners, date, kind) of other units' signed agreements with a partner "
			+ "the caller's unit also has an agreement with")
	List<AgreementSummary> summaries(Actor actor, @RequestParam long partnerId) {
		return agreements.summariesWithPartner(actor, partnerId);
	}
}
