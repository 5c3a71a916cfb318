package vn.tre.agreement.web;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.tre.agreement.Milestone;
import vn.tre.agreement.RoadmapActivity;
import vn.tre.agreement.RoadmapItem;

/** The form (and API body) of an activity or a milestone: title, owner unit, due date, weight. */
class RoadmapItemForm {

	private @Nullable Long activityId;

	private @Nullable String title;

	private @Nullable Long ownerUnitId;

	private @Nullable LocalDate dueOn;

	private @Nullable Integer weight = 1;

	private long version;

	static RoadmapItemForm blank(long ownerUnitId, @Nullable Long activityId) {
		var form = new RoadmapItemForm();
		form.ownerUnitId = ownerUnitId;
		form.activityId = activityId;
		return form;
	}

	static RoadmapItemForm of(RoadmapActivity activity) {
		var form = new RoadmapItemForm();
		form.title = activity.getTitle();
		form.ownerUnitId = activity.getOwnerUnitId();
		form.dueOn = activity.getDueOn();
		form.weight = activity.getWeight();
		form.version = activity.getVersion();
		return form;
	}

	static RoadmapItemForm of(Milestone milestone) {
		var form = new RoadmapItemForm();
		form.activityId = milestone.getActivityId();
		form.title = milestone.getTitle();
		form.ownerUnitId = milestone.getOwnerUnitId();
		form.dueOn = milestone.getDueOn();
		form.weight = milestone.getWeight();
		form.version = milestone.getVersion();
		return form;
	}

	/** Puts what is missing next to its field; a milestone needs a due date, an activity need not. */
	void check(Errors errors, boolean milestone) {
		if (title == null || title.isBlank()) {
			errors.rejectValue("title", "roadmap.form.title.required");
		}
		else if (title.strip().length() > 500) {
			errors.rejectValue("title", "roadmap.form.title.tooLong");
		}
		if (ownerUnitId == null) {
			errors.rejectValue("ownerUnitId", "roadmap.form.ownerUnitId.required");
		}
		if (milestone && dueOn == null && !errors.hasFieldErrors("dueOn")) {
			errors.rejectValue("dueOn", "roadmap.form.dueOn.required");
		}
		if (weight == null && !errors.hasFieldErrors("weight")) {
			errors.rejectValue("weight", "roadmap.form.weight.required");
		}
		else if (weight != null && (weight < 1 || weight > 100)) {
			errors.rejectValue("weight", "agreement.error.weight");
		}
	}

	RoadmapItem item() {
		return new RoadmapItem(Objects.requireNonNull(title), Objects.requireNonNull(ownerUnitId), dueOn,
				Objects.requireNonNull(weight));
	}

	public @Nullable Long getActivityId() {
		return activityId;
	}

	public void setActivityId(@Nullable Long activityId) {
		this.activityId = activityId;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public void setOwnerUnitId(@Nullable Long ownerUnitId) {
		this.ownerUnitId = ownerUnitId;
	}

	public @Nullable LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(@Nullable LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public @Nullable Integer getWeight() {
		return weight;
	}

	public void setWeight(@Nullable Integer weight) {
		this.weight = weight;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
