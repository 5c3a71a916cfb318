package vn.tre.agreement.web;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.tre.agreement.Milestone;
import vn.tre.agreement.MilestoneStatus;
import vn.tre.agreement.MilestoneUpdate;

/**
 * The form (and API body) that records where a milestone or an activity stands: the status, the day it was
 * done (a milestone) or the day of the change (an activity), the evidence link and a note (the reason, when
 * dropped).
 */
class RoadmapStatusForm {

	private @Nullable MilestoneStatus status;

	private @Nullable LocalDate doneOn;

	private @Nullable LocalDate on;

	private @Nullable String evidenceLink;

	private @Nullable String note;

	private long version;

	static RoadmapStatusForm of(Milestone milestone, LocalDate today) {
		var form = new RoadmapStatusForm();
		form.status = milestone.getStatus() == MilestoneStatus.LATE ? MilestoneStatus.IN_PROGRESS : milestone.getStatus();
		form.doneOn = milestone.getDoneOn() != null ? milestone.getDoneOn() : today;
		form.evidenceLink = milestone.getEvidenceLink();
		form.note = milestone.getEvidenceNote();
		form.version = milestone.getVersion();
		return form;
	}

	static RoadmapStatusForm of(MilestoneStatus status, long version, LocalDate today) {
		var form = new RoadmapStatusForm();
		form.status = status == MilestoneStatus.LATE ? MilestoneStatus.IN_PROGRESS : status;
		form.on = today;
		form.version = version;
		return form;
	}

	/** Puts what is missing next to its field; the façade checks the dates and the link. */
	void check(Errors errors, boolean milestone) {
		if (status == null && !errors.hasFieldErrors("status")) {
			errors.rejectValue("status", "roadmap.form.status.required");
		}
		if (milestone && status == MilestoneStatus.DONE && doneOn == null && !errors.hasFieldErrors("doneOn")) {
			errors.rejectValue("doneOn", "agreement.error.doneOnRequired");
		}
		if (!milestone && on == null && !errors.hasFieldErrors("on")) {
			errors.rejectValue("on", "roadmap.form.on.required");
		}
		if (status == MilestoneStatus.DROPPED && (note == null || note.isBlank())) {
			errors.rejectValue("note", "roadmap.error.dropReason");
		}
	}

	MilestoneUpdate update() {
		return new MilestoneUpdate(Objects.requireNonNull(status), doneOn, evidenceLink, note);
	}

	public @Nullable MilestoneStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable MilestoneStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getDoneOn() {
		return doneOn;
	}

	public void setDoneOn(@Nullable LocalDate doneOn) {
		this.doneOn = doneOn;
	}

	public @Nullable LocalDate getOn() {
		return on;
	}

	public void setOn(@Nullable LocalDate on) {
		this.on = on;
	}

	public @Nullable String getEvidenceLink() {
		return evidenceLink;
	}

	public void setEvidenceLink(@Nullable String evidenceLink) {
		this.evidenceLink = evidenceLink;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
