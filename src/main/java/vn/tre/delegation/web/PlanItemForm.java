package vn.tre.delegation.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.PlanItem;
import vn.tre.delegation.PlanItemDraft;

/**
 * The add and edit form of a planned delegation. The period is one choice ("Q2" for the second quarter,
 * "M5" for May); the cost is typed as the reader writes it (1.234.567); everything typed comes back on error.
 */
class PlanItemForm {

	private @Nullable Direction direction;

	private @Nullable String purpose;

	private List<String> countryCodes = new ArrayList<>();

	/** The partners chosen in the two pickers. */
	private @Nullable Long partnerA;

	private @Nullable Long partnerB;

	/** Further partners an item may already have (kept as they are; the form chooses two). */
	private @Nullable String partnerIds;

	private @Nullable HeadLevel headLevel;

	private @Nullable String period;

	private @Nullable Integer size;

	private @Nullable FundingSource fundingSource;

	private @Nullable String estimatedCost;

	private long version;

	static PlanItemForm from(PlanItem item, long version, Locale locale) {
		var form = new PlanItemForm();
		form.direction = item.getDirection();
		form.purpose = item.getPurpose();
		form.countryCodes = new ArrayList<>(item.getCountryCodes());
		List<Long> partners = List.copyOf(item.getPartnerIds());
		form.partnerA = partners.isEmpty() ? null : partners.get(0);
		form.partnerB = partners.size() < 2 ? null : partners.get(1);
		form.partnerIds = String.join(",", partners.stream().skip(2).map(String::valueOf).toList());
		form.headLevel = item.getHeadLevel();
		form.period = item.getMonth() != null ? "M" + item.getMonth() : "Q" + item.getQuarter();
		form.size = item.getSize();
		form.fundingSource = item.getFundingSource();
		form.estimatedCost = NumberFormat.getIntegerInstance(locale).format(item.getEstimatedCost());
		form.version = version;
		return form;
	}

	static PlanItemForm blank(@Nullable Direction direction, long version) {
		var form = new PlanItemForm();
		form.direction = direction;
		form.version = version;
		return form;
	}

	/**
	 * The draft typed, with every problem put next to its field; returns null when there is one, so that the
	 * form shows all of them at once.
	 */
	@Nullable PlanItemDraft toDraft(BindingResult errors) {
		BigDecimal cost = parseCost(errors);
		List<Long> partners = parsePartners(errors);
		Integer quarter = periodNumber("Q");
		Integer month = periodNumber("M");
		var draft = new PlanItemDraft(direction, purpose, countryCodes, partners, headLevel, quarter, month, size,
				fundingSource, cost);
		for (Map.Entry<String, String> problem : draft.problems().entrySet()) {
			String field = switch (problem.getKey()) {
				case "quarter", "month" -> "period";
				default -> problem.getKey();
			};
			boolean costTyped = field.equals("estimatedCost") && estimatedCost != null && !estimatedCost.isBlank();
			if (!errors.hasFieldErrors(field) && !(costTyped && cost == null)) {
				errors.rejectValue(field, problem.getValue());
			}
		}
		return errors.hasErrors() ? null : draft;
	}

	private @Nullable BigDecimal parseCost(BindingResult errors) {
		if (estimatedCost == null || estimatedCost.isBlank()) {
			return null;
		}
		String digits = estimatedCost.replaceAll("[\\s\\u00a0\\u202f.,₫đ]|VND|vnd", "");
		if (!digits.matches("-?\\d{1,18}")) {
			errors.rejectValue("estimatedCost", "plan.error.cost.format");
			return null;
		}
		return new BigDecimal(digits);
	}

	private List<Long> parsePartners(BindingResult errors) {
		var partners = new java.util.LinkedHashSet<Long>();
		if (partnerA != null) {
			partners.add(partnerA);
		}
		if (partnerB != null) {
			partners.add(partnerB);
		}
		if (partnerIds != null && !partnerIds.isBlank()) {
			try {
				Arrays.stream(partnerIds.split("[,;\\s]+")).filter(id -> !id.isBlank()).map(Long::valueOf).forEach(partners::add);
			}
			catch (NumberFormatException e) {
				errors.rejectValue("partnerIds", "plan.error.partners.invalid");
			}
		}
		return List.copyOf(partners);
	}

	/** The partners chosen, for naming them in the pickers. */
	List<Long> chosenPartners() {
		var chosen = new java.util.ArrayList<Long>();
		if (partnerA != null) {
			chosen.add(partnerA);
		}
		if (partnerB != null) {
			chosen.add(partnerB);
		}
		return chosen;
	}

	private @Nullable Integer periodNumber(String prefix) {
		if (period == null || !period.matches("[QM]\\d{1,2}") || !period.startsWith(prefix)) {
			return null;
		}
		return Integer.valueOf(period.substring(1));
	}

	public @Nullable Direction getDirection() {
		return direction;
	}

	public void setDirection(@Nullable Direction direction) {
		this.direction = direction;
	}

	public @Nullable String getPurpose() {
		return purpose;
	}

	public void setPurpose(@Nullable String purpose) {
		this.purpose = purpose;
	}

	public List<String> getCountryCodes() {
		return countryCodes;
	}

	public void setCountryCodes(@Nullable List<String> countryCodes) {
		this.countryCodes = countryCodes == null ? new ArrayList<>() : new ArrayList<>(countryCodes);
	}

	public @Nullable Long getPartnerA() {
		return partnerA;
	}

	public void setPartnerA(@Nullable Long partnerA) {
		this.partnerA = partnerA;
	}

	public @Nullable Long getPartnerB() {
		return partnerB;
	}

	public void setPartnerB(@Nullable Long partnerB) {
		this.partnerB = partnerB;
	}

	public @Nullable String getPartnerIds() {
		return partnerIds;
	}

	public void setPartnerIds(@Nullable String partnerIds) {
		this.partnerIds = partnerIds;
	}

	public @Nullable HeadLevel getHeadLevel() {
		return headLevel;
	}

	public void setHeadLevel(@Nullable HeadLevel headLevel) {
		this.headLevel = headLevel;
	}

	public @Nullable String getPeriod() {
		return period;
	}

	public void setPeriod(@Nullable String period) {
		this.period = period;
	}

	public @Nullable Integer getSize() {
		return size;
	}

	public void setSize(@Nullable Integer size) {
		this.size = size;
	}

	public @Nullable FundingSource getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(@Nullable FundingSource fundingSource) {
		this.fundingSource = fundingSource;
	}

	public @Nullable String getEstimatedCost() {
		return estimatedCost;
	}

	public void setEstimatedCost(@Nullable String estimatedCost) {
		this.estimatedCost = estimatedCost;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
