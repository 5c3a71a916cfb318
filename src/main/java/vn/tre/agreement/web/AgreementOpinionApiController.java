package vn.tre.agreement.web;

import static vn.tre.agreement.web.InvalidRequest.required;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.OpinionAnswer;
import vn.tre.agreement.OpinionRequest;
import vn.tre.shared.Actor;

/** The opinion requests of an agreement and their answers, for those who may read the agreement. */
@RestController
@RequestMapping("/api/v1/agreements/{id}/opinions")
@Tag(name = "Agreements")
class AgreementOpinionApiController {

	private final AgreementManagement agreements;

	AgreementOpinionApiController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	/** An opinion request and, once given, its answer. */
	record OpinionJson(long id, @Nullable Long consultedUnitId, @Nullable String consultedBody, LocalDate requestedOn,
			LocalDate dueOn, @Nullable OpinionAnswer answer, @Nullable String answerText, @Nullable LocalDate answeredOn,
			@Nullable String answeredBy, long version) {

		static OpinionJson of(OpinionRequest o) {
			return new OpinionJson(o.getId(), o.getConsultedUnitId(), o.getConsultedBody(), o.getRequestedOn(), o.getDueOn(),
					o.getAnswer(), o.getAnswerText(), o.getAnsweredOn(), o.getAnsweredBy(), o.getVersion());
		}
	}

	/** A consulted body's answer: agree, agree with comments or disagree (the last two with the text). */
	record AnswerRequest(@Nullable Long version, @Nullable OpinionAnswer answer, @Nullable String text, @Nullable LocalDate answeredOn) {
	}

	@GetMapping
	@Operation(summary = "The opinion requests of an agreement and their answers")
	List<OpinionJson> opinions(Actor actor, @PathVariable long id) {
		return agreements.opinions(actor, id).stream().map(OpinionJson::of).toList();
	}

	@PostMapping("/{requestId}/answer")
	@Operation(summary = "Answer an opinion request addressed to the caller's unit (or record a body outside Tre's answer)")
	OpinionJson answer(Actor actor, @PathVariable long id, @PathVariable long requestId, @RequestBody AnswerRequest request) {
		agreements.opinion(actor, id, requestId);
		return OpinionJson.of(agreements.answerOpinion(actor, id, requestId, required(request.version(), "version"),
				required(request.answer(), "answer"), request.text(), required(request.answeredOn(), "answeredOn")));
	}
}
