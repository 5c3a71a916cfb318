package vn.tre.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.delegation.DelegationPlan;
import vn.tre.delegation.DelegationPlans;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.InvalidPlanInput;
import vn.tre.delegation.PlanFilter;
import vn.tre.delegation.PlanItem;
import vn.tre.delegation.PlanItemDraft;
import vn.tre.delegation.PlanRevision;
import vn.tre.delegation.PlanStatus;
import vn.tre.delegation.PlanTransitionRefused;
import vn.tre.shared.Actor;
import vn.tre.shared.NotFound;

/**
 * Yearly delegation plans as JSON: the plans in the caller's scope, one plan with the items of a revision,
 * items of the draft revision, and the workflow steps. Every change carries the plan's version.
 */
@RestController
@RequestMapping("/api/v1/delegation-plans")
@Tag(name = "Delegation plans", description = "Each unit's yearly plan of outgoing and incoming delegations")
class PlanApiController {

	private static final int MAX_PAGE_SIZE = 100;

	private final DelegationPlans plans;

	private final MessageSource messages;

	PlanApiController(DelegationPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The plans of the units the caller may see, newest year first")
	PlanPage list(@RequestParam(required = false) @Nullable Long unitId, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable PlanStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Actor actor) {
		Page<DelegationPlan> results = plans.search(actor, new PlanFilter(unitId, year, status), PageRequest.of(
				Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE), Sort.by(Sort.Order.desc("year"), Sort.Order.asc("unitId"))));
		return new PlanPage(results.getContent().stream().map(PlanSummary::of).toList(), results.getNumber(),
				results.getSize(), results.getTotalElements(), results.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A plan with the items of its revision in force (or of the current one while none is approved)")
	PlanResponse get(@PathVariable long id,
			@Parameter(description = "Another revision's number") @RequestParam(required = false) @Nullable Integer revision,
			Actor actor) {
		return PlanResponse.of(plans.get(actor, id), revision);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a unit's plan for a year (the caller's unit when no unit is given)")
	PlanResponse create(@RequestBody NewPlanRequest request, Actor actor) {
		long unit = request.unitId() != null ? request.unitId() : actor.unitId();
		return PlanResponse.of(plans.create(actor, unit, request.year()), null);
	}

	@PostMapping("/{id}/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a planned delegation to the draft revision")
	ItemResponse addItem(@PathVariable long id, @RequestBody ItemRequest request, Actor actor) {
		return ItemResponse.of(plans.addItem(actor, id, request.version(), request.toDraft()));
	}

	@PutMapping("/{id}/items/{ref}")
	@Operation(summary = "Change a planned delegation of the draft revision")
	ItemResponse updateItem(@PathVariable long id, @PathVariable UUID ref, @RequestBody ItemRequest request, Actor actor) {
		return ItemResponse.of(plans.updateItem(actor, id, request.version(), ref, request.toDraft()));
	}

	@DeleteMapping("/{id}/items/{ref}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a planned delegation from the draft revision")
	void removeItem(@PathVariable long id, @PathVariable UUID ref, @RequestParam long version, Actor actor) {
		plans.removeItem(actor, id, version, ref);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit the draft or returned revision to the unit's leaders (officers)")
	PlanResponse submit(@PathVariable long id, @RequestBody StepRequest request, Actor actor) {
		return PlanResponse.of(plans.submit(actor, id, request.version()), null);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve the submitted revision, which becomes the plan in force (leaders)")
	PlanResponse approve(@PathVariable long id, @RequestBody StepRequest request, Actor actor) {
		return PlanResponse.of(plans.approve(actor, id, request.version(), request.comment()), null);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return the submitted revision with a comment, which is required (leaders)")
	PlanResponse returnForChanges(@PathVariable long id, @RequestBody StepRequest request, Actor actor) {
		return PlanResponse.of(plans.returnForChanges(actor, id, request.version(), request.comment()), null);
	}

	@PostMapping("/{id}/amend")
	@Operation(summary = "Start an amendment of the approved plan: a new draft revision copying it (officers)")
	PlanResponse amend(@PathVariable long id, @RequestBody StepRequest request, Actor actor) {
		return PlanResponse.of(plans.amend(actor, id, request.version()), null);
	}

	@ExceptionHandler(InvalidPlanInput.class)
	ProblemDetail invalid(InvalidPlanInput refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("plan.api.invalid", null, locale));
		problem.setProperty("errors", refused.errors().entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> messages.getMessage(entry.getValue(), null, entry.getValue(), locale))));
		return problem;
	}

	@ExceptionHandler(PlanTransitionRefused.class)
	ProblemDetail refused(PlanTransitionRefused refused, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail stale(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("form.staleVersion", null, locale));
	}

	/** A page of plans. */
	record PlanPage(List<PlanSummary> items, int page, int size, long totalElements, int totalPages) {
	}

	/** A plan in a list: its current revision's number and status, and the revision in force. */
	record PlanSummary(long id, long unitId, int year, int currentRevision, PlanStatus status,
			@Nullable Integer revisionInForce, long version) {

		static PlanSummary of(DelegationPlan plan) {
			return new PlanSummary(plan.getId(), plan.getUnitId(), plan.getYear(), plan.getCurrentRevision(),
					plan.getStatus(), plan.getRevisionInForce(), plan.getVersion());
		}
	}

	/** A plan with one revision's items. */
	record PlanResponse(long id, long unitId, int year, long version, int currentRevision, PlanStatus currentStatus,
			@Nullable Integer revisionInForce, RevisionResponse revision, List<ItemResponse> items) {

		static PlanResponse of(DelegationPlan plan, @Nullable Integer number) {
			PlanRevision revision = number == null ? plan.inForce().orElseGet(plan::current)
					: plan.revision(number).orElseThrow(() -> new NotFound("plan revision"));
			return new PlanResponse(plan.getId(), plan.getUnitId(), plan.getYear(), plan.getVersion(),
					plan.getCurrentRevision(), plan.getStatus(), plan.getRevisionInForce(), RevisionResponse.of(revision),
					revision.getItems().stream().map(ItemResponse::of).toList());
		}
	}

	/** A revision: its number and status, who submitted it and who decided on it, when, with what comment. */
	record RevisionResponse(int number, PlanStatus status, @Nullable Instant submittedAt, @Nullable String submittedBy,
			@Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String comment) {

		static RevisionResponse of(PlanRevision revision) {
			return new RevisionResponse(revision.getNumber(), revision.getStatus(), revision.getSubmittedAt(),
					revision.getSubmittedBy(), revision.getDecidedAt(), revision.getDecidedBy(), revision.getDecisionComment());
		}
	}

	/** A planned delegation; {@code month} is null when only the quarter is planned, the cost is in VND. */
	record ItemResponse(UUID ref, Direction direction, String purpose, List<String> countryCodes, List<Long> partnerIds,
			HeadLevel headLevel, int quarter, @Nullable Integer month, int size, FundingSource fundingSource,
			BigDecimal estimatedCost) {

		static ItemResponse of(PlanItem item) {
			return new ItemResponse(item.getRef(), item.getDirection(), item.getPurpose(), item.getCountryCodes(),
					item.getPartnerIds(), item.getHeadLevel(), item.getQuarter(), item.getMonth(), item.getSize(),
					item.getFundingSource(), item.getEstimatedCost());
		}
	}

	/** The plan to create: the unit (default: the caller's) and the year. */
	record NewPlanRequest(@Nullable Long unitId, int year) {
	}

	/** A planned delegation to add or change, with the plan's version the caller last read. */
	record ItemRequest(long version, @Nullable Direction direction, @Nullable String purpose,
			@Nullable List<String> countryCodes, @Nullable List<Long> partnerIds, @Nullable HeadLevel headLevel,
			@Nullable Integer quarter, @Nullable Integer month, @Nullable Integer size,
			@Nullable FundingSource fundingSource, @Nullable BigDecimal estimatedCost) {

		PlanItemDraft toDraft() {
			return new PlanItemDraft(direction, purpose, countryCodes == null ? List.of() : countryCodes,
					partnerIds == null ? List.of() : partnerIds, headLevel, quarter, month, size, fundingSource,
					estimatedCost);
		}
	}

	/** A workflow step: the plan's version the caller last read, and a comment (required to return a plan). */
	record StepRequest(long version, @Nullable String comment) {
	}
}
