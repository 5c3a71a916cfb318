package vn.tre.agreement.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The form (and API body) of a dated progress note on an activity or one of its milestones. */
class RoadmapNoteForm {

	private @Nullable Long activityId;

	private @Nullable Long milestoneId;

	private @Nullable LocalDate on;

	private @Nullable String note;

	static RoadmapNoteForm blank(long activityId, @Nullable Long milestoneId, LocalDate today) {
		var form = new RoadmapNoteForm();
		form.activityId = activityId;
		form.milestoneId = milestoneId;
		form.on = today;
		return form;
	}

	void check(Errors errors) {
		if (activityId == null) {
			errors.rejectValue("activityId", "roadmap.form.activityId.required");
		}
		if (on == null && !errors.hasFieldErrors("on")) {
			errors.rejectValue("on", "roadmap.form.on.required");
		}
		if (note == null || note.isBlank()) {
			errors.rejectValue("note", "roadmap.form.note.required");
		}
	}

	public @Nullable Long getActivityId() {
		return activityId;
	}

	public void setActivityId(@Nullable Long activityId) {
		this.activityId = activityId;
	}

	public @Nullable Long getMilestoneId() {
		return milestoneId;
	}

	public void setMilestoneId(@Nullable Long milestoneId) {
		this.milestoneId = milestoneId;
	}

	public @Nullable LocalDate getOn() {
		return on;
	}

	public void setOn(@Nullable LocalDate on) {
		this.on = on;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
