package vn.tre.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.DelegationStatus;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FollowUpAction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.IllegalTransition;
import vn.tre.delegation.JustificationRequired;
import vn.tre.delegation.Member;
import vn.tre.delegation.PostTripReport;
import vn.tre.delegation.ProgrammeDay;
import vn.tre.shared.Actor;

/** Delegations as JSON: the list with the page's filters, one delegation, create, update and transitions. */
@RestController
@RequestMapping("/api/v1/delegations")
@Tag(name = "Delegations", description = "Outgoing and incoming delegations and their workflow")
class DelegationApiController {

	private final DelegationManagement delegations;

	private final DelegationFormCheck check;

	private final MessageSource messages;

	DelegationApiController(DelegationManagement delegations, DelegationFormCheck check, MessageSource messages) {
		this.delegations = delegations;
		this.check = check;
		this.messages = messages;
	}

	/** A delegation as the API shows it. */
	record DelegationJson(long id, long unitId, Direction direction, String title, String purpose, String headName,
			@Nullable String headPosition, HeadLevel headLevel, List<Member> members, Set<String> countries,
			Set<Long> partnerIds, List<ProgrammeDay> programme, LocalDate departureDate, LocalDate returnDate,
			FundingSource fundingSource, @Nullable BigDecimal estimatedCost, @Nullable UUID planItemRef,
			@Nullable String outsidePlanReason, DelegationStatus status, @Nullable String statusReason,
			@Nullable LocalDate reportDue, boolean reportOverdue, List<FollowUpAction> followUps, long version) {

		static DelegationJson of(Delegation d, LocalDate today) {
			return new DelegationJson(d.getId(), d.getUnitId(), d.getDirection(), d.getTitle(), d.getPurpose(),
					d.getHeadName(), d.getHeadPosition(), d.getHeadLevel(), d.getMembers(), d.getCountries(),
					d.getPartnerIds(), d.getProgramme(), d.getDepartureDate(), d.getReturnDate(), d.getFundingSource(),
					d.getEstimatedCost(), d.getPlanItemRef(), d.getOutsidePlanReason(), d.getStatus(), d.getStatusReason(),
					d.getReportDue(), d.reportOverdueOn(today), d.getFollowUps(), d.getVersion());
		}
	}

	/** A page of delegations. */
	record PageJson(List<DelegationJson> items, int page, int size, long total) {
	}

	/** What a transition carries: the version seen, and a comment, reason, justification or decision number. */
	record TransitionRequest(long version, @Nullable String comment) {
	}

	/** A post-trip report. */
	record ReportRequest(long version, @Nullable String meetings, @Nullable String agreements,
			@Nullable String commitments, @Nullable String investmentLeads, List<FollowUpAction> followUps) {
	}

	@GetMapping
	@Operation(summary = "Delegations the caller may see, with the list page's filters")
	PageJson list(Actor actor, @ModelAttribute DelegationListFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var found = delegations.search(actor, filter.toFilter(),
				PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 500), DelegationListFilter.sort("departureDate", "desc")));
		LocalDate today = delegations.today();
		return new PageJson(found.getContent().stream().map(d -> DelegationJson.of(d, today)).toList(), found.getNumber(),
				found.getSize(), found.getTotalElements());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One delegation")
	DelegationJson one(Actor actor, @PathVariable long id) {
		return DelegationJson.of(delegations.get(actor, id), delegations.today());
	}

	@PostMapping
	@Operation(summary = "Record a draft delegation of the caller's unit")
	ResponseEntity<?> create(Actor actor, @Valid @RequestBody DelegationForm form, BindingResult errors, Locale locale) {
		delegations.checkEdit(actor, actor.unitId());
		check.validate(form, errors);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		Delegation created = delegations.create(actor, actor.unitId(), form.details());
		return ResponseEntity.created(URI.create("/api/v1/delegations/" + created.getId()))
			.body(DelegationJson.of(created, delegations.today()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a draft, returned or postponed delegation; send the version you read")
	ResponseEntity<?> update(Actor actor, @PathVariable long id, @Valid @RequestBody DelegationForm form,
			BindingResult errors, Locale locale) {
		Delegation delegation = delegations.get(actor, id);
		delegations.checkEdit(actor, delegation.getUnitId());
		check.validate(form, errors);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		return ResponseEntity.ok(DelegationJson.of(delegations.update(actor, id, form.getVersion(), form.details()),
				delegations.today()));
	}

	@PostMapping("/{id}/{action:submit|approve|return|reject|start|complete|close|cancel|postpone}")
	@Operation(summary = "Take a workflow step: submit, approve, return, reject, start, complete, close, cancel, postpone")
	DelegationJson transition(Actor actor, @PathVariable long id, @PathVariable String action,
			@RequestBody TransitionRequest request) {
		long v = request.version();
		String comment = request.comment();
		Delegation result = switch (action) {
			case "submit" -> delegations.submit(actor, id, v, comment);
			case "approve" -> delegations.approve(actor, id, v, comment);
			case "return" -> delegations.returnForChanges(actor, id, v, comment);
			case "reject" -> delegations.reject(actor, id, v, comment);
			case "start" -> delegations.start(actor, id, v);
			case "complete" -> delegations.complete(actor, id, v);
			case "close" -> delegations.close(actor, id, v);
			case "cancel" -> delegations.cancel(actor, id, v, comment);
			default -> delegations.postpone(actor, id, v, comment);
		};
		return DelegationJson.of(result, delegations.today());
	}

	@PostMapping("/{id}/report")
	@Operation(summary = "File the post-trip report of a completed delegation")
	DelegationJson report(Actor actor, @PathVariable long id, @RequestBody ReportRequest request) {
		return DelegationJson.of(delegations.fileReport(actor, id, request.version(), new PostTripReport(request.meetings(),
				request.agreements(), request.commitments(), request.investmentLeads(), request.followUps())),
				delegations.today());
	}

	@ExceptionHandler(JustificationRequired.class)
	ProblemDetail justification(JustificationRequired e, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("delegation.justificationRequired", null, locale));
		problem.setProperty("breaches", e.breaches());
		return problem;
	}

	@ExceptionHandler({ IllegalTransition.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException e, Locale locale) {
		String key = e instanceof IllegalTransition ? "delegation.illegalTransition" : "form.staleVersion";
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(key, null, locale));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("delegation.commentRequired", null, locale));
	}

	private ResponseEntity<ProblemDetail> invalid(BindingResult errors, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("form.errorSummary", null, locale));
		problem.setProperty("errors", errors.getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}
}
