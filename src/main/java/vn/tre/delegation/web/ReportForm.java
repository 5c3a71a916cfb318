package vn.tre.delegation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tre.delegation.FollowUpAction;
import vn.tre.delegation.PostTripReport;

/** The post-trip report as typed. */
public class ReportForm {

	@Size(max = 8000, message = "{delegation.form.text.size}")
	private String meetings = "";

	@Size(max = 8000, message = "{delegation.form.text.size}")
	private String agreements = "";

	@Size(max = 8000, message = "{delegation.form.text.size}")
	private String commitments = "";

	@Size(max = 8000, message = "{delegation.form.text.size}")
	private String investmentLeads = "";

	@Valid
	private List<ActionRow> followUps = new ArrayList<>();

	private long version;

	/** A follow-up action row. */
	public static class ActionRow {

		@Size(max = 2000, message = "{delegation.form.reason.size}")
		private String action = "";

		@Size(max = 200, message = "{delegation.form.name.size}")
		private String owner = "";

		private @Nullable LocalDate dueDate;

		public String getAction() {
			return action;
		}

		public void setAction(String action) {
			this.action = action;
		}

		public String getOwner() {
			return owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public @Nullable LocalDate getDueDate() {
			return dueDate;
		}

		public void setDueDate(@Nullable LocalDate dueDate) {
			this.dueDate = dueDate;
		}

		boolean blank() {
			return action.isBlank() && owner.isBlank() && dueDate == null;
		}
	}

	ReportForm withSpareRow() {
		if (followUps.isEmpty() || !followUps.getLast().blank()) {
			followUps.add(new ActionRow());
		}
		return this;
	}

	boolean empty() {
		return meetings.isBlank() && agreements.isBlank() && commitments.isBlank() && investmentLeads.isBlank()
				&& followUps.stream().allMatch(ActionRow::blank);
	}

	PostTripReport report() {
		return new PostTripReport(text(meetings), text(agreements), text(commitments), text(investmentLeads),
				followUps.stream().filter(row -> !row.blank())
					.map(row -> new FollowUpAction(row.action.strip(), row.owner.strip(), row.dueDate, false))
					.toList());
	}

	private static @Nullable String text(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public String getMeetings() {
		return meetings;
	}

	public void setMeetings(String meetings) {
		this.meetings = meetings;
	}

	public String getAgreements() {
		return agreements;
	}

	public void setAgreements(String agreements) {
		this.agreements = agreements;
	}

	public String getCommitments() {
		return commitments;
	}

	public void setCommitments(String commitments) {
		this.commitments = commitments;
	}

	public String getInvestmentLeads() {
		return investmentLeads;
	}

	public void setInvestmentLeads(String investmentLeads) {
		this.investmentLeads = investmentLeads;
	}

	public List<ActionRow> getFollowUps() {
		return followUps;
	}

	public void setFollowUps(List<ActionRow> followUps) {
		this.followUps = followUps;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
