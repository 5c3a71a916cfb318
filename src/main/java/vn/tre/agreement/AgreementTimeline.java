package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/**
 * The life of one agreement as a single dated story: when it was recorded, each opinion asked and given, the Prime
 * Minister, the decision, the signing, the report, entry into force, amendments, suspension and end, the
 * roadmap's milestones and progress notes, the yearly reviews, and what is still ahead (open milestones,
 * expiry). Built from the records on each request, so it never disagrees with them.
 */
@Service
@Transactional(readOnly = true)
public class AgreementTimeline {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final Set<AgreementStatus> TOLD_BY_TRANSITION = Set.of(AgreementStatus.SUSPENDED,
			AgreementStatus.TERMINATED, AgreementStatus.WITHDRAWN, AgreementStatus.EXPIRED);

	private final AgreementManagement agreements;

	private final AgreementTransitions transitions;

	private final AgreementChanges changes;

	private final OpinionRequests opinions;

	private final Milestones milestones;

	private final ProgressEntries notes;

	private final AgreementReviews reviews;

	private final OrgUnitManagement units;

	private final Clock clock;

	AgreementTimeline(AgreementManagement agreements, AgreementTransitions transitions, AgreementChanges changes,
			OpinionRequests opinions, Milestones milestones, ProgressEntries notes, AgreementReviews reviews,
			OrgUnitManagement units, Clock clock) {
		this.agreements = agreements;
		this.transitions = transitions;
		this.changes = changes;
		this.opinions = opinions;
		this.milestones = milestones;
		this.notes = notes;
		this.reviews = reviews;
		this.units = units;
		this.clock = clock;
	}

	/** The timeline of an agreement the actor may read (404 otherwise), oldest first, what is ahead last. */
	public List<TimelineEvent> of(Actor actor, long id, Locale locale) {
		Agreement agreement = agreements.get(actor, id);
		List<TimelineEvent> events = new ArrayList<>();
		events.add(TimelineEvent.past(day(agreement.getCreatedAt()), "recorded", agreement.getTitleVi(), "", null));
		for (OpinionRequest request : opinions.findByAgreementIdOrderByRequestedOnAscIdAsc(id)) {
			String body = request.getConsultedUnitId() != null ? units.nameOf(request.getConsultedUnitId(), locale)
					: String.valueOf(request.getConsultedBody());
			events.add(TimelineEvent.past(request.getRequestedOn(), "opinionRequested", body,
					DAY.format(request.getDueOn()), null));
			if (request.getAnswer() != null && request.getAnsweredOn() != null) {
				events.add(TimelineEvent.past(request.getAnsweredOn(), "opinion." + request.getAnswer(), body, "",
						request.getAnswerText()));
			}
		}
		if (agreement.getPmRequestedOn() != null) {
			events.add(TimelineEvent.past(agreement.getPmRequestedOn(), "pmRequested", "", "", null));
		}
		if (agreement.getPmAnsweredOn() != null) {
			events.add(TimelineEvent.past(agreement.getPmAnsweredOn(),
					Boolean.TRUE.equals(agreement.getPmConsent()) ? "pmConsent" : "pmRefusal",
					String.valueOf(agreement.getPmReference()), "", null));
		}
		if (agreement.getDecisionDate() != null) {
			events.add(TimelineEvent.past(agreement.getDecisionDate(), "decided",
					String.valueOf(agreement.getDecisionReference()), String.valueOf(agreement.getDecidedByName()), null));
		}
		if (agreement.getSignedOn() != null) {
			events.add(TimelineEvent.past(agreement.getSignedOn(), "signed", "", "", agreement.getSigningPlace()));
		}
		if (agreement.getReportedOn() != null) {
			events.add(TimelineEvent.past(agreement.getReportedOn(), "reported", "", "", agreement.getReportReference()));
		}
		else if (agreement.getReportDue() != null && agreement.getStatus().alive()) {
			boolean late = agreement.reportOverdueOn(today());
			events.add(new TimelineEvent(agreement.getReportDue(), late ? "reportLate" : "reportDue", "", "", null, !late));
		}
		if (agreement.getCopyToMinistryOn() != null) {
			events.add(TimelineEvent.past(agreement.getCopyToMinistryOn(), "copyToMinistry", "", "", null));
		}
		if (agreement.getEntryIntoForceOn() != null) {
			boolean reached = !agreement.getEntryIntoForceOn().isAfter(today());
			events.add(new TimelineEvent(agreement.getEntryIntoForceOn(), "inForce", "", "", null, !reached));
		}
		for (AgreementChange change : changes.findByAgreementIdOrderByOnAscIdAsc(id)) {
			events.add(TimelineEvent.past(change.getOn(), "change." + change.getKind(),
					change.getNewExpiry() == null ? "" : DAY.format(change.getNewExpiry()), "", change.getNote()));
		}
		for (AgreementTransition transition : transitions.findByAgreementIdOrderByAtAscIdAsc(id)) {
			if (TOLD_BY_TRANSITION.contains(transition.getToStatus())) {
				LocalDate on = transition.getToStatus() == AgreementStatus.SUSPENDED ? day(transition.getAt())
						: agreement.getEndedOn() != null ? agreement.getEndedOn() : day(transition.getAt());
				events.add(TimelineEvent.past(on, "status." + transition.getToStatus(), transition.getUsername(), "",
						transition.getComment()));
			}
			else if (transition.getFromStatus() == AgreementStatus.SUSPENDED) {
				events.add(TimelineEvent.past(day(transition.getAt()), "resumed", transition.getUsername(), "", null));
			}
		}
		for (Milestone milestone : milestones.findByAgreementIdOrderByPositionInListAscIdAsc(id)) {
			if (milestone.getStatus() == MilestoneStatus.DONE && milestone.getDoneOn() != null) {
				events.add(TimelineEvent.past(milestone.getDoneOn(), "milestoneDone", milestone.getTitle(), "",
						milestone.getEvidenceNote()));
			}
			else if (milestone.getStatus().open()) {
				events.add(new TimelineEvent(milestone.getDueOn(),
						milestone.overdueOn(today()) ? "milestoneLate" : "milestoneDue", milestone.getTitle(), "", null,
						!milestone.getDueOn().isBefore(today())));
			}
		}
		for (ProgressEntry note : notes.findByAgreementIdOrderByOnDescIdDesc(id)) {
			events.add(TimelineEvent.past(note.getOn(), "progress", note.getUsername(), "", note.getNote()));
		}
		for (AgreementReview review : reviews.findByAgreementIdOrderByYearDesc(id)) {
			events.add(TimelineEvent.past(review.getFiledOn(), "review." + review.getAssessment(),
					String.valueOf(review.getYear()), "", review.getReasons()));
		}
		if (agreement.getExpiresOn() != null && agreement.getStatus().alive()) {
			events.add(TimelineEvent.upcoming(agreement.getExpiresOn(), "expires", ""));
		}
		events.sort(Comparator.comparing(TimelineEvent::ahead).thenComparing(TimelineEvent::date));
		return events;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private LocalDate day(java.time.Instant instant) {
		return instant.atZone(clock.getZone()).toLocalDate();
	}
}
