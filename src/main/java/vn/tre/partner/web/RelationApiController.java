package vn.tre.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.partner.InvalidPartner;
import vn.tre.partner.Relation;
import vn.tre.partner.RelationDraft;
import vn.tre.partner.RelationFilter;
import vn.tre.partner.RelationManagement;
import vn.tre.partner.RelationStatus;
import vn.tre.partner.RelationType;
import vn.tre.shared.Actor;

/** Relations of the caller's units with partners, as JSON; a relation outside the caller's scope answers 404. */
@RestController
@RequestMapping("/api/v1/relations")
@Tag(name = "Relations", description = "Twinning, friendship and cooperation relations of our units with partners")
class RelationApiController {

	private final RelationManagement relations;

	private final Clock clock;

	RelationApiController(RelationManagement relations, Clock clock) {
		this.relations = relations;
		this.clock = clock;
	}

	/** A relation; inactiveFor2Years is the dormant flag of the two-year rule. */
	record RelationJson(long id, long partnerId, long unitId, RelationType type, LocalDate establishedOn,
			@Nullable String documentReference, RelationStatus status, @Nullable LocalDate lastActivityOn,
			boolean inactiveFor2Years, @Nullable String notes, long version) {

		static RelationJson of(Relation r, LocalDate today) {
			return new RelationJson(r.getId(), r.getPartnerId(), r.getUnitId(), r.getType(), r.getEstablishedOn(),
					r.getDocumentReference(), r.getStatus(), r.getLastActivityOn(), r.inactiveFor2Years(today), r.getNotes(),
					r.getVersion());
		}
	}

	/** A relation as a client sets it up or changes it (partner and unit are fixed once set up). */
	record RelationRequest(@Nullable Long partnerId, @Nullable Long unitId, @NotNull RelationType type,
			@NotNull LocalDate establishedOn, @Nullable @Size(max = 255) String documentReference,
			@NotNull RelationStatus status, @Nullable LocalDate lastActivityOn, @Nullable @Size(max = 4000) String notes,
			@Nullable Long version) {

		RelationDraft draft() {
			return new RelationDraft(type, establishedOn, documentReference, status, lastActivityOn, notes);
		}
	}

	@GetMapping
	@Operation(summary = "Relations of the units the caller may see, filtered by partner, unit, type, country and status")
	PartnerApiController.PageJson<RelationJson> list(Actor actor, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable Long partnerId, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable RelationType type, @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable RelationStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		LocalDate today = LocalDate.now(clock);
		return PartnerApiController.PageJson.of(relations.search(actor, new RelationFilter(q, partnerId, unitId, type, country, status),
				PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500), Sort.by("id"))).map(r -> RelationJson.of(r, today)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One relation of a unit the caller may see")
	RelationJson one(Actor actor, @PathVariable long id) {
		return RelationJson.of(relations.get(actor, id), LocalDate.now(clock));
	}

	@PostMapping
	@Operation(summary = "Sets up a relation between a unit the caller may edit for and a partner")
	ResponseEntity<RelationJson> create(Actor actor, @Valid @RequestBody RelationRequest request) {
		if (request.partnerId() == null || request.unitId() == null) {
			throw new InvalidPartnerRequest();
		}
		Relation relation = relations.create(actor, request.partnerId(), request.unitId(), request.draft());
		return ResponseEntity.created(URI.create("/api/v1/relations/" + relation.getId()))
			.body(RelationJson.of(relation, LocalDate.now(clock)));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Changes a relation; writers of its unit only (403), 404 outside the caller's scope")
	RelationJson update(Actor actor, @PathVariable long id, @Valid @RequestBody RelationRequest request) {
		long version = request.version() == null ? relations.get(actor, id).getVersion() : request.version();
		return RelationJson.of(relations.update(actor, id, version, request.draft()), LocalDate.now(clock));
	}

	@ExceptionHandler(InvalidPartner.class)
	ResponseEntity<ProblemDetail> invalid(InvalidPartner e) {
		return ApiProblems.invalid(e);
	}

	@ExceptionHandler(InvalidPartnerRequest.class)
	ResponseEntity<ProblemDetail> missing() {
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.BAD_REQUEST,
				"partnerId and unitId are required to set up a relation"));
	}

	@ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale() {
		return ApiProblems.stale();
	}

	/** A relation request without its partner or unit. */
	static class InvalidPartnerRequest extends RuntimeException {
	}
}
