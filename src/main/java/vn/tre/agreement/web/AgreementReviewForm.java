package vn.tre.agreement.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import vn.tre.agreement.AgreementReview;
import vn.tre.agreement.Assessment;

/** The form (and API body) of a yearly review; the version is that of the stored review, to update it. */
class AgreementReviewForm {

	private @Nullable Integer year;

	private @Nullable Assessment assessment;

	private @Nullable String reasons;

	private @Nullable Long version;

	static AgreementReviewForm blank(@Nullable Integer year) {
		var form = new AgreementReviewForm();
		form.year = year;
		return form;
	}

	static AgreementReviewForm of(AgreementReview review) {
		var form = new AgreementReviewForm();
		form.year = review.getYear();
		form.assessment = review.getAssessment();
		form.reasons = review.getReasons();
		form.version = review.getVersion();
		return form;
	}

	void check(Errors errors) {
		if (year == null && !errors.hasFieldErrors("year")) {
			errors.rejectValue("year", "roadmap.form.year.required");
		}
		if (assessment == null && !errors.hasFieldErrors("assessment")) {
			errors.rejectValue("assessment", "roadmap.form.assessment.required");
		}
		if (reasons == null || reasons.isBlank()) {
			errors.rejectValue("reasons", "roadmap.form.reasons.required");
		}
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable Assessment getAssessment() {
		return assessment;
	}

	public void setAssessment(@Nullable Assessment assessment) {
		this.assessment = assessment;
	}

	public @Nullable String getReasons() {
		return reasons;
	}

	public void setReasons(@Nullable String reasons) {
		this.reasons = reasons;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
