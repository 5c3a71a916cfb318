package vn.tre.agreement.web;

import static vn.tre.agreement.web.InvalidRequest.required;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.ConsultedBody;
import vn.tre.agreement.SigningDates;
import vn.tre.shared.Actor;

/**
 * The lifecycle steps of an agreement as {@code POST /api/v1/agreements/{id}/<step>}: each sends the version
 * it read and the step's dates and texts; dates are yyyy-MM-dd and may not be in the future.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}")
@Tag(name = "Agreements")
class AgreementStepApiController {

	private final AgreementManagement agreements;

	AgreementStepApiController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	/** Whom to ask for opinions (units in Tre by id, bodies outside by name) and on what day. */
	record OpinionsRequest(@Nullable Long version, @Nullable List<ConsultedBody> consulted,
			@Nullable LocalDate requestedOn) {
	}

	/** A step that only has a date. */
	record DateRequest(@Nullable Long version, @Nullable LocalDate date) {
	}

	/** The Prime Minister's written answer. */
	record PmAnswerRequest(@Nullable Long version, @Nullable Boolean consent, @Nullable LocalDate date,
			@Nullable String reference) {
	}

	/** The decision to sign. */
	record DecisionRequest(@Nullable Long version, @Nullable String reference, @Nullable LocalDate date,
			@Nullable String decidedBy) {
	}

	/** The signing and the dates it fixes. */
	record SigningRequest(@Nullable Long version, @Nullable LocalDate signedOn, @Nullable String place,
			@Nullable LocalDate entryIntoForceOn, @Nullable LocalDate expiresOn, @Nullable Boolean indefinite,
			@Nullable Boolean automaticRenewal) {
	}

	/** The report to the Prime Minister and the copy to the ministry. */
	record ReportRequest(@Nullable Long version, @Nullable LocalDate reportedOn, @Nullable LocalDate copyToMinistryOn,
			@Nullable String reference) {
	}

	/** An amendment or, with a new expiry date, an extension. */
	record ChangeRequest(@Nullable Long version, @Nullable LocalDate date, @Nullable LocalDate newExpiry,
			@Nullable String note) {
	}

	/** A suspension (no date), termination or withdrawal, with its reason. */
	record ReasonRequest(@Nullable Long version, @Nullable LocalDate date, @Nullable String reason) {
	}

	@PostMapping("/request-opinions")
	@Operation(summary = "Request opinions (Art. 19(1)); each is due 7 working days later")
	List<AgreementOpinionApiController.OpinionJson> requestOpinions(Actor actor, @PathVariable long id,
			@RequestBody OpinionsRequest request) {
		agreements.get(actor, id);
		List<ConsultedBody> consulted = request.consulted() == null ? List.of() : request.consulted();
		return agreements.requestOpinions(actor, id, version(request.version()), consulted, required(request.requestedOn(), "requestedOn"))
			.stream().map(AgreementOpinionApiController.OpinionJson::of).toList();
	}

	@PostMapping("/pm-request")
	@Operation(summary = "Ask the Prime Minister after a consulted body disagreed (Art. 19(4))")
	AgreementJson requestPrimeMinister(Actor actor, @PathVariable long id, @RequestBody DateRequest request) {
		agreements.get(actor, id);
		return json(agreements.requestPrimeMinister(actor, id, version(request.version()), required(request.date(), "date")));
	}

	@PostMapping("/pm-answer")
	@Operation(summary = "Record the Prime Minister's written answer; without consent the proposal ends")
	AgreementJson recordPrimeMinisterAnswer(Actor actor, @PathVariable long id, @RequestBody PmAnswerRequest request) {
		agreements.get(actor, id);
		return json(agreements.recordPrimeMinisterAnswer(actor, id, version(request.version()), required(request.consent(), "consent"),
				required(request.date(), "date"), required(request.reference(), "reference")));
	}

	@PostMapping("/decide")
	@Operation(summary = "Record the decision to sign of the chairman or the person he authorised")
	AgreementJson decide(Actor actor, @PathVariable long id, @RequestBody DecisionRequest request) {
		agreements.get(actor, id);
		return json(agreements.decideToSign(actor, id, version(request.version()), required(request.reference(), "reference"),
				required(request.date(), "date"), required(request.decidedBy(), "decidedBy")));
	}

	@PostMapping("/sign")
	@Operation(summary = "Record the signing; the report to the Prime Minister falls due 15 days later")
	AgreementJson sign(Actor actor, @PathVariable long id, @RequestBody SigningRequest request) {
		agreements.get(actor, id);
		return json(agreements.sign(actor, id, version(request.version()), new SigningDates(required(request.signedOn(), "signedOn"),
				request.place(), request.entryIntoForceOn(), request.expiresOn(), Boolean.TRUE.equals(request.indefinite()),
				Boolean.TRUE.equals(request.automaticRenewal()))));
	}

	@PostMapping("/report")
	@Operation(summary = "Record the report to the Prime Minister and the copy to the ministry")
	AgreementJson report(Actor actor, @PathVariable long id, @RequestBody ReportRequest request) {
		agreements.get(actor, id);
		return json(agreements.fileReport(actor, id, version(request.version()), required(request.reportedOn(), "reportedOn"),
				request.copyToMinistryOn(), request.reference()));
	}

	@PostMapping("/enter-into-force")
	@Operation(summary = "Record the day a signed agreement took effect")
	AgreementJson enterIntoForce(Actor actor, @PathVariable long id, @RequestBody DateRequest request) {
		agreements.get(actor, id);
		return json(agreements.enterIntoForce(actor, id, version(request.version()), required(request.date(), "date")));
	}

	@PostMapping("/amend")
	@Operation(summary = "Record an amendment or supplement of an agreement in force")
	AgreementJson amend(Actor actor, @PathVariable long id, @RequestBody ChangeRequest request) {
		agreements.get(actor, id);
		return json(agreements.amend(actor, id, version(request.version()), required(request.date(), "date"),
				required(request.note(), "note")));
	}

	@PostMapping("/extend")
	@Operation(summary = "Record an extension of an agreement in force to a new expiry date")
	AgreementJson extend(Actor actor, @PathVariable long id, @RequestBody ChangeRequest request) {
		agreements.get(actor, id);
		return json(agreements.extend(actor, id, version(request.version()), required(request.date(), "date"),
				required(request.newExpiry(), "newExpiry"), required(request.note(), "note")));
	}

	@PostMapping("/suspend")
	@Operation(summary = "Suspend an agreement in force, with the reason")
	AgreementJson suspend(Actor actor, @PathVariable long id, @RequestBody ReasonRequest request) {
		agreements.get(actor, id);
		return json(agreements.suspend(actor, id, version(request.version()), required(request.reason(), "reason")));
	}

	@PostMapping("/resume")
	@Operation(summary = "Resume a suspended agreement")
	AgreementJson resume(Actor actor, @PathVariable long id, @RequestBody DateRequest request) {
		agreements.get(actor, id);
		return json(agreements.resume(actor, id, version(request.version())));
	}

	@PostMapping("/terminate")
	@Operation(summary = "Terminate a signed agreement on a day, with the reason")
	AgreementJson terminate(Actor actor, @PathVariable long id, @RequestBody ReasonRequest request) {
		agreements.get(actor, id);
		return json(agreements.terminate(actor, id, version(request.version()), required(request.date(), "date"),
				required(request.reason(), "reason")));
	}

	@PostMapping("/withdraw")
	@Operation(summary = "Withdraw from an agreement, or drop one before it is signed, with the reason")
	AgreementJson withdraw(Actor actor, @PathVariable long id, @RequestBody ReasonRequest request) {
		agreements.get(actor, id);
		return json(agreements.withdraw(actor, id, version(request.version()), required(request.date(), "date"),
				required(request.reason(), "reason")));
	}

	private static long version(@Nullable Long version) {
		return required(version, "version");
	}

	private AgreementJson json(vn.tre.agreement.Agreement agreement) {
		return AgreementJson.of(agreement, agreements.today());
	}
}
