package vn.tre.legal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.tre.legal.DeadlineRule;
import vn.tre.legal.DeadlineRuleChange;
import vn.tre.legal.DeadlineRuleManagement;
import vn.tre.legal.DeadlineUnit;

/** The form in which an administrator changes a deadline rule. */
class DeadlineRuleForm {

	@NotNull(message = "{rule.error.length.required}")
	@Min(value = 1, message = "{rule.error.length}")
	@Max(value = DeadlineRuleManagement.MAX_LENGTH, message = "{rule.error.length}")
	private @Nullable Integer length;

	@NotNull(message = "{rule.error.unit.required}")
	private @Nullable DeadlineUnit unit;

	private @Nullable Long legalBasisId;

	@Size(max = 1000, message = "{legal.error.tooLong}")
	private @Nullable String note;

	private boolean active;

	private long version;

	static DeadlineRuleForm from(DeadlineRule rule) {
		var form = new DeadlineRuleForm();
		form.length = rule.getLength();
		form.unit = rule.getUnit();
		form.legalBasisId = rule.getLegalBasisId();
		form.note = rule.getNote();
		form.active = rule.isActive();
		form.version = rule.getVersion();
		return form;
	}

	/** The change of a valid form. */
	DeadlineRuleChange toChange() {
		return new DeadlineRuleChange(Objects.requireNonNull(length), Objects.requireNonNull(unit), legalBasisId, note,
				active);
	}

	public @Nullable Integer getLength() {
		return length;
	}

	public void setLength(@Nullable Integer length) {
		this.length = length;
	}

	public @Nullable DeadlineUnit getUnit() {
		return unit;
	}

	public void setUnit(@Nullable DeadlineUnit unit) {
		this.unit = unit;
	}

	public @Nullable Long getLegalBasisId() {
		return legalBasisId;
	}

	public void setLegalBasisId(@Nullable Long legalBasisId) {
		this.legalBasisId = legalBasisId;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
