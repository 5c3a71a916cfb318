package vn.tre.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
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
import vn.tre.agreement.AgreementRefused;
import vn.tre.agreement.AgreementReview;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Assessment;
import vn.tre.agreement.Milestone;
import vn.tre.agreement.MilestoneStatus;
import vn.tre.agreement.ProgressEntry;
import vn.tre.agreement.Roadmap;
import vn.tre.agreement.RoadmapActivity;
import vn.tre.shared.Actor;

/**
 * An agreement's implementation roadmap as JSON: the tree with its progress, the flat list of milestones,
 * activities and milestones to add, change and remove, milestone statuses, progress notes and yearly
 * reviews. Changes carry the version read; errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}")
@Tag(name = "Agreement roadmaps", description = "Implementation roadmaps of signed agreements: activities, milestones, progress and yearly reviews")
class RoadmapApiController {

	private final AgreementRoadmaps roadmaps;

	private final MessageSource messages;

	RoadmapApiController(AgreementRoadmaps roadmaps, MessageSource messages) {
		this.roadmaps = roadmaps;
		this.messages = messages;
	}

	/** A milestone; {@code status} reads LATE as soon as it is overdue. */
	record MilestoneJson(long id, long activityId, String activityTitle, String title, long ownerUnitId,
			LocalDate dueOn, int weight, MilestoneStatus status, @Nullable LocalDate doneOn,
			@Nullable String evidenceLink, @Nullable String evidenceNote, long version) {

		static MilestoneJson of(Roadmap.Step step, RoadmapActivity activity) {
			Milestone m = step.milestone();
			return new MilestoneJson(m.getId(), activity.getId(), activity.getTitle(), m.getTitle(), m.getOwnerUnitId(),
					m.getDueOn(), m.getWeight(), step.status(), m.getDoneOn(), m.getEvidenceLink(), m.getEvidenceNote(),
					m.getVersion());
		}
	}

	/** A dated progress note. */
	record NoteJson(long id, long activityId, @Nullable Long milestoneId, LocalDate on, String note, String username) {

		static NoteJson of(ProgressEntry entry) {
			return new NoteJson(entry.getId(), entry.getActivityId(), entry.getMilestoneId(), entry.getOn(),
					entry.getNote(), entry.getUsername());
		}
	}

	/** An activity with its derived status, its progress in percent, its milestones and its progress log. */
	record ActivityJson(long id, String title, long ownerUnitId, @Nullable LocalDate dueOn, int weight,
			MilestoneStatus status, int progress, List<MilestoneJson> milestones, List<NoteJson> notes, long version) {

		static ActivityJson of(Roadmap.Activity row) {
			RoadmapActivity a = row.activity();
			return new ActivityJson(a.getId(), a.getTitle(), a.getOwnerUnitId(), a.getDueOn(), a.getWeight(), row.status(),
					row.percent(), row.milestones().stream().map(step -> MilestoneJson.of(step, a)).toList(),
					row.log().stream().map(NoteJson::of).toList(), a.getVersion());
		}
	}

	/** The roadmap: whether it may still change, the progress in percent (rolled up by weight), the activities. */
	record RoadmapJson(long agreementId, boolean open, int progress, List<ActivityJson> activities) {
	}

	/** A yearly review. */
	record ReviewJson(long id, int year, Assessment assessment, String reasons, String username, LocalDate filedOn,
			long version) {

		static ReviewJson of(AgreementReview review) {
			return new ReviewJson(review.getId(), review.getYear(), review.getAssessment(), review.getReasons(),
					review.getUsername(), review.getFiledOn(), review.getVersion());
		}
	}

	@GetMapping("/roadmap")
	@Operation(summary = "The roadmap as a tree of activities and milestones, with the progress rolled up by weight")
	RoadmapJson roadmap(Actor actor, @PathVariable long id) {
		Roadmap roadmap = roadmaps.roadmap(actor, id);
		return new RoadmapJson(id, roadmap.open(), roadmap.percent(),
				roadmap.activities().stream().map(ActivityJson::of).toList());
	}

	@GetMapping("/milestones")
	@Operation(summary = "The milestones of the roadmap as a flat list, in roadmap order")
	List<MilestoneJson> milestones(Actor actor, @PathVariable long id) {
		return roadmaps.roadmap(actor, id).activities().stream()
			.flatMap(row -> row.milestones().stream().map(step -> MilestoneJson.of(step, row.activity())))
			.toList();
	}

	@PostMapping("/activities")
	@Operation(summary = "Add an activity (editors of the agreement's unit; a signed agreement that has not ended)")
	ResponseEntity<?> addActivity(Actor actor, @PathVariable long id, @Valid @RequestBody RoadmapItemForm form,
			BindingResult errors, Locale locale) {
		roadmaps.checkEditor(actor, id);
		form.check(errors, false);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		ActivityJson activity = activityJson(actor, id, roadmaps.addActivity(actor, id, form.item()).getId());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/roadmap")).body(activity);
	}

	@PutMapping("/activities/{activityId}")
	@Operation(summary = "Change an activity; send the version you read")
	ResponseEntity<?> changeActivity(Actor actor, @PathVariable long id, @PathVariable long activityId,
			@Valid @RequestBody RoadmapItemForm form, BindingResult errors, Locale locale) {
		roadmaps.checkEditor(actor, id);
		form.check(errors, false);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		roadmaps.changeActivity(actor, id, activityId, form.getVersion(), form.item());
		return ResponseEntity.ok(activityJson(actor, id, activityId));
	}

	@DeleteMapping("/activities/{activityId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an activity with its milestones and progress notes")
	void removeActivity(Actor actor, @PathVariable long id, @PathVariable long activityId, @RequestParam long version) {
		roadmaps.removeActivity(actor, id, activityId, version);
	}

	@PostMapping("/milestones")
	@Operation(summary = "Add a milestone under an activity (activityId in the body)")
	ResponseEntity<?> addMilestone(Actor actor, @PathVariable long id, @Valid @RequestBody RoadmapItemForm form,
			BindingResult errors, Locale locale) {
		roadmaps.checkEditor(actor, id);
		form.check(errors, true);
		if (form.getActivityId() == null) {
			errors.rejectValue("activityId", "roadmap.form.activityId.required");
		}
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		long milestoneId = roadmaps.addMilestone(actor, id, Objects.requireNonNull(form.getActivityId()), form.item()).getId();
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/milestones/" + milestoneId))
			.body(milestoneJson(actor, id, milestoneId));
	}

	@GetMapping("/milestones/{milestoneId}")
	@Operation(summary = "One milestone")
	MilestoneJson milestone(Actor actor, @PathVariable long id, @PathVariable long milestoneId) {
		return milestoneJson(actor, id, milestoneId);
	}

	@PutMapping("/milestones/{milestoneId}")
	@Operation(summary = "Change a milestone's title, owner unit, due date and weight; send the version you read")
	ResponseEntity<?> changeMilestone(Actor actor, @PathVariable long id, @PathVariable long milestoneId,
			@Valid @RequestBody RoadmapItemForm form, BindingResult errors, Locale locale) {
		roadmaps.checkEditor(actor, id);
		form.check(errors, true);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		roadmaps.changeMilestone(actor, id, milestoneId, form.getVersion(), form.item());
		return ResponseEntity.ok(milestoneJson(actor, id, milestoneId));
	}

	@DeleteMapping("/milestones/{milestoneId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a milestone with its progress notes")
	void removeMilestone(Actor actor, @PathVariable long id, @PathVariable long milestoneId, @RequestParam long version) {
		roadmaps.removeMilestone(actor, id, milestoneId, version);
	}

	@PostMapping("/milestones/{milestoneId}/status")
	@Operation(summary = "Record a milestone's status: PLANNED, IN_PROGRESS, DONE (doneOn) or DROPPED (note = reason), with evidence")
	ResponseEntity<?> status(Actor actor, @PathVariable long id, @PathVariable long milestoneId,
			@Valid @RequestBody RoadmapStatusForm form, BindingResult errors, Locale locale) {
		Milestone milestone = roadmaps.milestone(actor, id, milestoneId);
		roadmaps.checkRecord(actor, id, milestone.getActivityId(), milestoneId);
		form.check(errors, true);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		roadmaps.setMilestoneStatus(actor, id, milestoneId, form.getVersion(), form.update());
		return ResponseEntity.ok(milestoneJson(actor, id, milestoneId));
	}

	@PostMapping("/progress-notes")
	@Operation(summary = "Add a dated note to the progress log of an activity or one of its milestones")
	ResponseEntity<?> addNote(Actor actor, @PathVariable long id, @Valid @RequestBody RoadmapNoteForm form,
			BindingResult errors, Locale locale) {
		if (form.getActivityId() != null) {
			roadmaps.checkRecord(actor, id, form.getActivityId(), form.getMilestoneId());
		}
		form.check(errors);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		NoteJson note = NoteJson.of(roadmaps.addNote(actor, id, Objects.requireNonNull(form.getActivityId()),
				form.getMilestoneId(), Objects.requireNonNull(form.getOn()), Objects.requireNonNull(form.getNote())));
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/roadmap")).body(note);
	}

	@GetMapping("/reviews")
	@Operation(summary = "The yearly implementation reviews, newest year first")
	List<ReviewJson> reviews(Actor actor, @PathVariable long id) {
		return roadmaps.reviews(actor, id).stream().map(ReviewJson::of).toList();
	}

	@PostMapping("/reviews")
	@Operation(summary = "File the review of a year, or update it by sending the stored review's version")
	ResponseEntity<?> fileReview(Actor actor, @PathVariable long id, @Valid @RequestBody AgreementReviewForm form,
			BindingResult errors, Locale locale) {
		form.check(errors);
		if (errors.hasErrors()) {
			return invalid(errors, locale);
		}
		boolean update = form.getVersion() != null;
		ReviewJson review = ReviewJson.of(roadmaps.fileReview(actor, id, Objects.requireNonNull(form.getYear()),
				form.getVersion(), Objects.requireNonNull(form.getAssessment()), Objects.requireNonNull(form.getReasons())));
		return update ? ResponseEntity.ok(review)
				: ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/reviews")).body(review);
	}

	@ExceptionHandler(AgreementRefused.class)
	ProblemDetail refused(AgreementRefused refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale));
		if (refused.field() != null) {
			problem.setProperty("field", refused.field());
		}
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail stale(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("form.staleVersion", null, locale));
	}

	private ActivityJson activityJson(Actor actor, long id, long activityId) {
		return roadmaps.roadmap(actor, id).activities().stream()
			.filter(row -> row.activity().getId() == activityId)
			.map(ActivityJson::of)
			.findFirst()
			.orElseThrow();
	}

	private MilestoneJson milestoneJson(Actor actor, long id, long milestoneId) {
		roadmaps.milestone(actor, id, milestoneId);
		return roadmaps.roadmap(actor, id).activities().stream()
			.flatMap(row -> row.milestones().stream()
				.filter(step -> step.milestone().getId() == milestoneId)
				.map(step -> MilestoneJson.of(step, row.activity())))
			.findFirst()
			.orElseThrow();
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
