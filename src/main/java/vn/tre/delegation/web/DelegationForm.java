package vn.tre.delegation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.tre.delegation.Delegation;
import vn.tre.delegation.DelegationDetails;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.delegation.Member;
import vn.tre.delegation.ProgrammeDay;

/** The delegation form as typed; what was typed stays in it when it is refused. */
public class DelegationForm {

	@NotNull(message = "{delegation.form.direction.required}")
	private @Nullable Direction direction = Direction.OUTGOING;

	@NotBlank(message = "{delegation.form.title.required}")
	@Size(max = 300, message = "{delegation.form.title.size}")
	private String title = "";

	@NotBlank(message = "{delegation.form.purpose.required}")
	@Size(max = 4000, message = "{delegation.form.purpose.size}")
	private String purpose = "";

	@NotBlank(message = "{delegation.form.headName.required}")
	@Size(max = 200, message = "{delegation.form.name.size}")
	private String headName = "";

	@Size(max = 200, message = "{delegation.form.name.size}")
	private String headPosition = "";

	@NotNull(message = "{delegation.form.headLevel.required}")
	private @Nullable HeadLevel headLevel;

	@Valid
	private List<MemberRow> members = new ArrayList<>();

	private Set<String> countries = new LinkedHashSet<>();

	private Set<Long> partnerIds = new LinkedHashSet<>();

	/** The first partner chosen with the partner picker (host or destination). */
	private @Nullable Long partnerA;

	/** A second partner, when the delegation meets two. */
	private @Nullable Long partnerB;

	@Valid
	private List<DayRow> programme = new ArrayList<>();

	@NotNull(message = "{delegation.form.departureDate.required}")
	private @Nullable LocalDate departureDate;

	@NotNull(message = "{delegation.form.returnDate.required}")
	private @Nullable LocalDate returnDate;

	@NotNull(message = "{delegation.form.fundingSource.required}")
	private @Nullable FundingSource fundingSource;

	@DecimalMin(value = "0", message = "{delegation.form.cost.min}")
	private @Nullable BigDecimal estimatedCost;

	private @Nullable UUID planItemRef;

	@Size(max = 2000, message = "{delegation.form.reason.size}")
	private String outsidePlanReason = "";

	private long version;

	/** A member row of the form. */
	public static class MemberRow {

		@Size(max = 200, message = "{delegation.form.name.size}")
		private String name = "";

		@Size(max = 200, message = "{delegation.form.name.size}")
		private String position = "";

		@Size(max = 200, message = "{delegation.form.name.size}")
		private String organisation = "";

		private boolean keyLeader;

		private boolean foreignSide;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public boolean isKeyLeader() {
			return keyLeader;
		}

		public void setKeyLeader(boolean keyLeader) {
			this.keyLeader = keyLeader;
		}

		public boolean isForeignSide() {
			return foreignSide;
		}

		public void setForeignSide(boolean foreignSide) {
			this.foreignSide = foreignSide;
		}

		boolean blank() {
			return name.isBlank() && position.isBlank() && organisation.isBlank();
		}
	}

	/** A programme row of the form. */
	public static class DayRow {

		private @Nullable LocalDate day;

		@Size(max = 200, message = "{delegation.form.name.size}")
		private String place = "";

		@Size(max = 2000, message = "{delegation.form.reason.size}")
		private String activities = "";

		public @Nullable LocalDate getDay() {
			return day;
		}

		public void setDay(@Nullable LocalDate day) {
			this.day = day;
		}

		public String getPlace() {
			return place;
		}

		public void setPlace(String place) {
			this.place = place;
		}

		public String getActivities() {
			return activities;
		}

		public void setActivities(String activities) {
			this.activities = activities;
		}

		boolean blank() {
			return day == null && place.isBlank() && activities.isBlank();
		}
	}

	static DelegationForm from(Delegation delegation) {
		var form = new DelegationForm();
		form.direction = delegation.getDirection();
		form.title = delegation.getTitle();
		form.purpose = delegation.getPurpose();
		form.headName = delegation.getHeadName();
		form.headPosition = delegation.getHeadPosition() == null ? "" : delegation.getHeadPosition();
		form.headLevel = delegation.getHeadLevel();
		for (Member member : delegation.getMembers()) {
			var row = new MemberRow();
			row.name = member.name();
			row.position = member.position() == null ? "" : member.position();
			row.organisation = member.organisation() == null ? "" : member.organisation();
			row.keyLeader = member.keyLeader();
			row.foreignSide = member.foreignSide();
			form.members.add(row);
		}
		form.countries = new LinkedHashSet<>(delegation.getCountries());
		form.partnerIds = new LinkedHashSet<>(delegation.getPartnerIds());
		var partners = delegation.getPartnerIds().stream().sorted().toList();
		form.partnerA = partners.isEmpty() ? null : partners.get(0);
		form.partnerB = partners.size() < 2 ? null : partners.get(1);
		for (ProgrammeDay day : delegation.getProgramme()) {
			var row = new DayRow();
			row.day = day.day();
			row.place = day.place() == null ? "" : day.place();
			row.activities = day.activities();
			form.programme.add(row);
		}
		form.departureDate = delegation.getDepartureDate();
		form.returnDate = delegation.getReturnDate();
		form.fundingSource = delegation.getFundingSource();
		form.estimatedCost = delegation.getEstimatedCost();
		form.planItemRef = delegation.getPlanItemRef();
		form.outsidePlanReason = delegation.getOutsidePlanReason() == null ? "" : delegation.getOutsidePlanReason();
		form.version = delegation.getVersion();
		return form;
	}

	/** Adds empty rows so that the form always offers room for one more member and one more day. */
	DelegationForm withSpareRows() {
		if (members.isEmpty() || !members.getLast().blank()) {
			members.add(new MemberRow());
		}
		if (programme.isEmpty() || !programme.getLast().blank()) {
			programme.add(new DayRow());
		}
		return this;
	}

	/** The details typed, without the empty rows; only when the form is valid. */
	DelegationDetails details() {
		List<Member> people = members.stream()
			.filter(row -> !row.blank())
			.map(row -> new Member(row.name.strip(), blank(row.position), blank(row.organisation), row.keyLeader, row.foreignSide))
			.toList();
		List<ProgrammeDay> days = programme.stream()
			.filter(row -> !row.blank())
			.map(row -> new ProgrammeDay(row.day, blank(row.place), row.activities.strip()))
			.toList();
		Set<Long> partners = new LinkedHashSet<>(partnerIds);
		if (partnerA != null) {
			partners.add(partnerA);
		}
		if (partnerB != null) {
			partners.add(partnerB);
		}
		Set<String> codes = new LinkedHashSet<>();
		countries.forEach(code -> codes.add(code.strip().toUpperCase(Locale.ROOT)));
		return new DelegationDetails(direction, title, purpose, headName, blank(headPosition), headLevel, people, codes,
				partners, days, departureDate, returnDate, fundingSource, estimatedCost, planItemRef, blank(outsidePlanReason));
	}

	private static @Nullable String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public @Nullable Direction getDirection() {
		return direction;
	}

	public void setDirection(@Nullable Direction direction) {
		this.direction = direction;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getHeadName() {
		return headName;
	}

	public void setHeadName(String headName) {
		this.headName = headName;
	}

	public String getHeadPosition() {
		return headPosition;
	}

	public void setHeadPosition(String headPosition) {
		this.headPosition = headPosition;
	}

	public @Nullable HeadLevel getHeadLevel() {
		return headLevel;
	}

	public void setHeadLevel(@Nullable HeadLevel headLevel) {
		this.headLevel = headLevel;
	}

	public List<MemberRow> getMembers() {
		return members;
	}

	public void setMembers(List<MemberRow> members) {
		this.members = members;
	}

	public Set<String> getCountries() {
		return countries;
	}

	public void setCountries(Set<String> countries) {
		this.countries = countries;
	}

	public Set<Long> getPartnerIds() {
		return partnerIds;
	}

	public void setPartnerIds(Set<Long> partnerIds) {
		this.partnerIds = partnerIds;
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

	public List<DayRow> getProgramme() {
		return programme;
	}

	public void setProgramme(List<DayRow> programme) {
		this.programme = programme;
	}

	public @Nullable LocalDate getDepartureDate() {
		return departureDate;
	}

	public void setDepartureDate(@Nullable LocalDate departureDate) {
		this.departureDate = departureDate;
	}

	public @Nullable LocalDate getReturnDate() {
		return returnDate;
	}

	public void setReturnDate(@Nullable LocalDate returnDate) {
		this.returnDate = returnDate;
	}

	public @Nullable FundingSource getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(@Nullable FundingSource fundingSource) {
		this.fundingSource = fundingSource;
	}

	public @Nullable BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public void setEstimatedCost(@Nullable BigDecimal estimatedCost) {
		this.estimatedCost = estimatedCost;
	}

	public @Nullable UUID getPlanItemRef() {
		return planItemRef;
	}

	public void setPlanItemRef(@Nullable UUID planItemRef) {
		this.planItemRef = planItemRef;
	}

	public String getOutsidePlanReason() {
		return outsidePlanReason;
	}

	public void setOutsidePlanReason(String outsidePlanReason) {
		this.outsidePlanReason = outsidePlanReason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
