package vn.tre.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tre.legal.DeadlineCalculator;
import vn.tre.notification.NewTask;
import vn.tre.notification.Notifications;
import vn.tre.notification.TaskKind;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.organisation.UnitScope;
import vn.tre.partner.ActivityKind;
import vn.tre.partner.Partner;
import vn.tre.partner.PartnerActivity;
import vn.tre.partner.PartnerDirectory;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.NotFound;
import vn.tre.shared.TextFolding;

/**
 * The agreement module's façade: read within the actor's scope, and take an agreement through the steps of
 * Art. 19 of the Law on International Agreements and its life after signing. The unit's officers and
 * leaders record the steps; a consulted unit (the ministry) answers its opinion requests here. Every step
 * is recorded and puts a task in front of whoever acts next.
 */
@Service
@Transactional(readOnly = true)
public class AgreementManagement {

	private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

	static final String OPINION_RULE = "agreement.opinion";

	static final String PM_RULE = "agreement.pm-consent";

	static final String REPORT_RULE = "agreement.post-signing-report";

	private final Agreements agreements;

	private final OpinionRequests opinions;

	private final AgreementTransitions transitions;

	private final AgreementChanges changes;

	private final AccessPolicy access;

	private final OrgUnitManagement units;

	private final PartnerDirectory partners;

	private final Notifications notifications;

	private final DeadlineCalculator deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String ministryUnitCode;

	AgreementManagement(Agreements agreements, OpinionRequests opinions, AgreementTransitions transitions,
			AgreementChanges changes, AccessPolicy access, OrgUnitManagement units, PartnerDirectory partners,
			Notifications notifications, DeadlineCalculator deadlines, ApplicationEventPublisher events, Clock clock,
			@Value("${tre.agreement.ministry-unit-code:BNG-NVNGVH}") String ministryUnitCode) {
		this.agreements = agreements;
		this.opinions = opinions;
		this.transitions = transitions;
		this.changes = changes;
		this.access = access;
		this.units = units;
		this.partners = partners;
		this.notifications = notifications;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
		this.ministryUnitCode = ministryUnitCode;
	}

	/** An agreement the actor may see in full, or 404. */
	public Agreement get(Actor actor, long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		access.checkRead(actor, agreement.getUnitId(), "agreement");
		return agreement;
	}

	/** Agreements the actor may see, filtered and paged; filtering happens in SQL. */
	public Page<Agreement> search(Actor actor, AgreementFilter filter, Pageable page) {
		UnitScope scope = access.visibleUnits(actor);
		String q = filter.q() == null ? "" : TextFolding.containsPattern(filter.q());
		return agreements.search(scope.all(), scope.idList(), filter.unitId(), filter.status(), filter.kind(),
				filter.country(), filter.partnerId(), filter.field(), filter.warning(), filter.signedFrom(),
				filter.signedTo(), q, page);
	}

	/** The unit an agreement belongs to, whoever asks; for its attachments. */
	public Optional<Long> unitOf(long id) {
		return agreements.findById(id).map(Agreement::getUnitId);
	}

	public List<AgreementTransition> history(Actor actor, long id) {
		get(actor, id);
		return transitions.findByAgreementIdOrderByAtAscIdAsc(id);
	}

	public List<AgreementChange> changes(Actor actor, long id) {
		get(actor, id);
		return changes.findByAgreementIdOrderByOnAscIdAsc(id);
	}

	public List<OpinionRequest> opinions(Actor actor, long id) {
		get(actor, id);
		return opinions.findByAgreementIdOrderByRequestedOnAscIdAsc(id);
	}

	/**
	 * Public summaries of other units' signed agreements with the partners of an agreement the actor may
	 * see: what a province may know of another province's work with the same partner.
	 */
	public List<AgreementSummary> othersWithSamePartners(Actor actor, long id) {
		Agreement agreement = get(actor, id);
		if (agreement.partnerIds().isEmpty()) {
			return List.of();
		}
		return agreements.signedWithPartners(agreement.partnerIds(), agreement.getUnitId()).stream()
			.map(AgreementSummary::of)
			.toList();
	}

	/**
	 * Public summaries of other units' signed agreements with a partner: for a unit that itself has an
	 * agreement with that partner (the ministry sees them all in full anyway); empty otherwise.
	 */
	public List<AgreementSummary> summariesWithPartner(Actor actor, long partnerId) {
		UnitScope scope = access.visibleUnits(actor);
		List<Agreement> withPartner = agreements.withPartners(List.of(partnerId));
		boolean ownAgreement = withPartner.stream().anyMatch(a -> scope.contains(a.getUnitId()));
		if (!scope.all() && !ownAgreement) {
			return List.of();
		}
		return withPartner.stream()
			.filter(a -> a.getSignedOn() != null && !scope.contains(a.getUnitId()))
			.map(AgreementSummary::of)
			.toList();
	}

	/** Records a new draft agreement of a unit. */
	@Transactional
	public Agreement create(Actor actor, long unitId, AgreementDetails details) {
		access.checkEdit(actor, unitId, "agreement");
		AgreementDetails clean = normalised(details);
		Agreement agreement = agreements.save(new Agreement(unitId, clean, countriesOf(clean), actor.userId(),
				clock.instant()));
		agreement.touched(today());
		record(agreement, null, actor, null);
		return agreement;
	}

	@Transactional
	public Agreement update(Actor actor, long id, long version, AgreementDetails details) {
		Agreement agreement = writable(actor, id, version);
		AgreementDetails clean = normalised(details);
		agreement.change(clean, countriesOf(clean));
		return agreement;
	}

	/** The unit whose officers answer opinion requests addressed to the ministry. */
	public Optional<OrgUnit> ministryUnit() {
		return units.findCurrentByCode(ministryUnitCode, OrgUnitType.MINISTRY_UNIT);
	}

	/** Units that may be consulted in Tre: the ministry and its units. */
	public List<OrgUnit> consultableUnits() {
		return units.nationwideUnits();
	}

	/**
	 * Sends the proposal for opinions (Art. 19(1)): each request is due 7 working days after it is made (the
	 * legal module's rule), and a unit in Tre finds it among its tasks.
	 */
	@Transactional
	public List<OpinionRequest> requestOpinions(Actor actor, long id, long version, Collection<ConsultedBody> bodies,
			LocalDate requestedOn) {
		Agreement agreement = writable(actor, id, version);
		if (bodies.isEmpty()) {
			throw new AgreementRefused("agreement.error.noConsultedBody", "consulted");
		}
		if (requestedOn.isAfter(today())) {
			throw new AgreementRefused("agreement.error.dateInFuture", "requestedOn");
		}
		AgreementStatus from = agreement.getStatus();
		agreement.startConsultation();
		LocalDate due = deadlines.dueDate(OPINION_RULE, requestedOn);
		Set<Long> alreadyAsked = new HashSet<>();
		for (OpinionRequest existing : opinions.findByAgreementIdOrderByRequestedOnAscIdAsc(id)) {
			if (existing.getConsultedUnitId() != null && !existing.answered()) {
				alreadyAsked.add(existing.getConsultedUnitId());
			}
		}
		List<OpinionRequest> made = new java.util.ArrayList<>();
		for (ConsultedBody body : new LinkedHashSet<>(bodies)) {
			if (body.unitId() != null) {
				if (alreadyAsked.contains(body.unitId())) {
					continue;
				}
				OrgUnit unit = units.find(body.unitId()).orElseThrow(() -> new NotFound("unit"));
				if (unit.getId().equals(agreement.getUnitId())) {
					throw new AgreementRefused("agreement.error.consultSelf", "consulted");
				}
			}
			OpinionRequest request = opinions.save(new OpinionRequest(id, body.unitId(), blankToNull(body.name()),
					requestedOn, due));
			made.add(request);
			if (body.unitId() != null) {
				notifications.create(NewTask.forUnit(body.unitId(), "agreement.task.opinion",
						List.of(agreement.getTitleVi(), units.nameOf(agreement.getUnitId(), VIETNAMESE)),
						link(id) + "/opinions/" + request.getId(), due, opinionSource(request)));
			}
		}
		if (made.isEmpty()) {
			throw new AgreementRefused("agreement.error.alreadyConsulted", "consulted");
		}
		agreement.touched(requestedOn);
		if (from != agreement.getStatus()) {
			record(agreement, from, actor, null);
		}
		return made;
	}

	/** One opinion request of an agreement, for whoever may read the agreement or answer the request. */
	public OpinionRequest opinion(Actor actor, long id, long requestId) {
		OpinionRequest request = opinions.findById(requestId)
			.filter(candidate -> candidate.getAgreementId() == id)
			.orElseThrow(() -> new NotFound("opinion"));
		get(actor, id);
		return request;
	}

	/** Whether the actor may record the answer to the request: the consulted unit's officers, or the
	 * agreement's own officers for a body outside Tre. */
	public boolean canAnswer(Actor actor, Agreement agreement, OpinionRequest request) {
		if (request.answered()) {
			return false;
		}
		return request.getConsultedUnitId() != null ? access.canEdit(actor, request.getConsultedUnitId())
				: access.canEdit(actor, agreement.getUnitId());
	}

	/** Records a consulted body's answer: agree, agree with comments or disagree (with the text). */
	@Transactional
	public OpinionRequest answerOpinion(Actor actor, long id, long requestId, long version, OpinionAnswer answer,
			@Nullable String text, LocalDate answeredOn) {
		OpinionRequest request = opinion(actor, id, requestId);
		Agreement agreement = agreements.findById(id).orElseThrow();
		if (request.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(OpinionRequest.class, requestId);
		}
		if (!canAnswer(actor, agreement, request)) {
			if (request.answered()) {
				throw new AgreementRefused("agreement.error.alreadyAnswered");
			}
			throw new Forbidden("opinion");
		}
		if (answeredOn.isAfter(today())) {
			throw new AgreementRefused("agreement.error.dateInFuture", "answeredOn");
		}
		request.answer(answer, blankToNull(text), answeredOn, actor.username());
		agreement.touched(answeredOn);
		notifications.completeBySource(opinionSource(request), actor.username());
		notifications.create(new NewTask(agreement.getUnitId(), agreement.getCreatedBy(), TaskKind.TASK,
				"agreement.task.opinionAnswered", List.of(agreement.getTitleVi()), link(id), null,
				source(id, "opinion-answered:" + requestId)));
		return request;
	}

	/** A consulted body disagreed: the Prime Minister is asked (Art. 19(4)), due 7 working days later. */
	@Transactional
	public Agreement requestPrimeMinister(Actor actor, long id, long version, LocalDate on) {
		Agreement agreement = writable(actor, id, version);
		if (opinions.findByAgreementIdOrderByRequestedOnAscIdAsc(id).stream().noneMatch(OpinionRequest::disagrees)) {
			throw new AgreementRefused("agreement.error.pmWithoutDisagreement");
		}
		notFuture(on, "date");
		AgreementStatus from = agreement.getStatus();
		agreement.requestPrimeMinister(on, deadlines.dueDate(PM_RULE, on));
		agreement.touched(on);
		record(agreement, from, actor, null);
		return agreement;
	}

	/** The Prime Minister's written answer; without consent the proposal ends. */
	@Transactional
	public Agreement recordPrimeMinisterAnswer(Actor actor, long id, long version, boolean consent, LocalDate on,
			String reference) {
		Agreement agreement = writable(actor, id, version);
		notFuture(on, "date");
		AgreementStatus from = agreement.getStatus();
		agreement.recordPrimeMinisterAnswer(consent, on, required(reference, "reference"));
		agreement.touched(on);
		record(agreement, from, actor, reference.strip());
		return agreement;
	}

	/** Records the decision to sign of the chairman or the person he authorised. */
	@Transactional
	public Agreement decideToSign(Actor actor, long id, long version, String reference, LocalDate date, String decidedBy) {
		Agreement agreement = writable(actor, id, version);
		notFuture(date, "decisionDate");
		AgreementStatus from = agreement.getStatus();
		agreement.decideToSign(required(reference, "decisionReference"), date, required(decidedBy, "decidedBy"),
				opinions.findByAgreementIdOrderByRequestedOnAscIdAsc(id));
		agreement.touched(date);
		record(agreement, from, actor, reference.strip());
		return agreement;
	}

	/**
	 * Records the signing: the report to the Prime Minister and the copy to the ministry fall due (15 days by
	 * default); the partners' timelines receive the signing; an agreement whose entry into force is already
	 * reached is in force at once.
	 */
	@Transactional
	public Agreement sign(Actor actor, long id, long version, SigningDates dates) {
		Agreement agreement = writable(actor, id, version);
		notFuture(dates.signedOn(), "signedOn");
		AgreementStatus from = agreement.getStatus();
		LocalDate due = deadlines.dueDate(REPORT_RULE, dates.signedOn());
		agreement.sign(new SigningDates(dates.signedOn(), blankToNull(dates.place()), dates.entryIntoForceOn(),
				dates.expiresOn(), dates.indefinite(), dates.automaticRenewal()), due);
		agreement.touched(dates.signedOn());
		record(agreement, from, actor, null);
		notifications.create(new NewTask(agreement.getUnitId(), actor.userId(), TaskKind.TASK, "agreement.task.report",
				List.of(agreement.getTitleVi()), link(id), due, source(id, "report")));
		for (Long partner : agreement.partnerIds()) {
			events.publishEvent(new PartnerActivity(partner, agreement.getUnitId(), dates.signedOn(),
					ActivityKind.AGREEMENT, "Ký kết: " + agreement.getTitleVi(), link(id)));
		}
		if (dates.entryIntoForceOn() != null && !dates.entryIntoForceOn().isAfter(today())) {
			agreement.enterIntoForce(dates.entryIntoForceOn());
			record(agreement, AgreementStatus.SIGNED, actor, null);
		}
		return agreement;
	}

	/** The report to the Prime Minister was sent (and the copy to the ministry). */
	@Transactional
	public Agreement fileReport(Actor actor, long id, long version, LocalDate reportedOn,
			@Nullable LocalDate copyToMinistryOn, @Nullable String reference) {
		Agreement agreement = writable(actor, id, version);
		notFuture(reportedOn, "reportedOn");
		if (copyToMinistryOn != null) {
			notFuture(copyToMinistryOn, "copyToMinistryOn");
		}
		agreement.fileReport(reportedOn, copyToMinistryOn, blankToNull(reference));
		agreement.touched(reportedOn);
		notifications.completeBySource(source(id, "report"), actor.username());
		return agreement;
	}

	@Transactional
	public Agreement enterIntoForce(Actor actor, long id, long version, LocalDate on) {
		Agreement agreement = writable(actor, id, version);
		notFuture(on, "date");
		AgreementStatus from = agreement.getStatus();
		agreement.enterIntoForce(on);
		agreement.touched(on);
		record(agreement, from, actor, null);
		return agreement;
	}

	/** Records an amendment or supplement of an agreement in force. */
	@Transactional
	public Agreement amend(Actor actor, long id, long version, LocalDate on, String note) {
		Agreement agreement = writable(actor, id, version);
		notFuture(on, "date");
		agreement.amend();
		agreement.touched(on);
		changes.save(new AgreementChange(id, ChangeKind.AMENDED, on, null, required(note, "note"), actor.username()));
		return agreement;
	}

	/** Records an extension of an agreement in force to a new expiry date. */
	@Transactional
	public Agreement extend(Actor actor, long id, long version, LocalDate on, LocalDate newExpiry, String note) {
		Agreement agreement = writable(actor, id, version);
		notFuture(on, "date");
		agreement.extend(newExpiry);
		agreement.touched(on);
		changes.save(new AgreementChange(id, ChangeKind.EXTENDED, on, newExpiry, required(note, "note"),
				actor.username()));
		return agreement;
	}

	@Transactional
	public Agreement suspend(Actor actor, long id, long version, String reason) {
		Agreement agreement = writable(actor, id, version);
		AgreementStatus from = agreement.getStatus();
		agreement.suspend(required(reason, "reason"));
		agreement.touched(today());
		record(agreement, from, actor, reason.strip());
		return agreement;
	}

	@Transactional
	public Agreement resume(Actor actor, long id, long version) {
		Agreement agreement = writable(actor, id, version);
		AgreementStatus from = agreement.getStatus();
		agreement.resume();
		agreement.touched(today());
		record(agreement, from, actor, null);
		return agreement;
	}

	@Transactional
	public Agreement terminate(Actor actor, long id, long version, LocalDate on, String reason) {
		Agreement agreement = writable(actor, id, version);
		notFuture(on, "date");
		AgreementStatus from = agreement.getStatus();
		agreement.terminate(on, required(reason, "reason"));
		record(agreement, from, actor, reason.strip());
		closeOpenTasks(actor, id);
		return agreement;
	}

	@Transactional
	public Agreement withdraw(Actor actor, long id, long version, LocalDate on, String reason) {
		Agreement agreement = writable(actor, id, version);
		notFuture(on, "date");
		AgreementStatus from = agreement.getStatus();
		agreement.withdraw(on, required(reason, "reason"));
		record(agreement, from, actor, reason.strip());
		closeOpenTasks(actor, id);
		return agreement;
	}

	/** Today in Vietnam, by the injected clock. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Whether the actor may record agreements of their own unit. */
	public boolean canCreateAnywhere(Actor actor) {
		return access.canEdit(actor, actor.unitId());
	}

	/** Whether the actor may record the steps of the agreement. */
	public boolean canEdit(Actor actor, Agreement agreement) {
		return access.canEdit(actor, agreement.getUnitId());
	}

	/** Answers 404 unless the actor may see the agreement, 403 unless they may record its steps. */
	public void checkWritable(Actor actor, long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		access.checkEdit(actor, agreement.getUnitId(), "agreement");
	}

	/** Answers 403 unless the actor may change the unit's agreements. */
	public void checkEdit(Actor actor, long unitId) {
		if (!access.canEdit(actor, unitId)) {
			throw new Forbidden("agreement");
		}
	}

	Agreement writable(Actor actor, long id, long version) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFound("agreement"));
		access.checkEdit(actor, agreement.getUnitId(), "agreement");
		if (agreement.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Agreement.class, agreement.getId());
		}
		return agreement;
	}

	private void closeOpenTasks(Actor actor, long id) {
		notifications.completeBySource(source(id, "report"), actor.username());
		for (OpinionRequest request : opinions.findByAgreementIdOrderByRequestedOnAscIdAsc(id)) {
			if (!request.answered()) {
				notifications.completeBySource(opinionSource(request), actor.username());
			}
		}
	}

	void record(Agreement agreement, @Nullable AgreementStatus from, Actor actor, @Nullable String comment) {
		transitions.save(new AgreementTransition(agreement.getId(), from, agreement.getStatus(), clock.instant(),
				actor.userId(), actor.username(), comment));
	}

	private Set<String> countriesOf(AgreementDetails details) {
		Map<Long, Partner> found = partners.byIds(details.partnerIds());
		Set<String> countries = new HashSet<>();
		for (Long id : details.partnerIds()) {
			Partner partner = found.get(id);
			if (partner == null) {
				throw new AgreementRefused("agreement.error.unknownPartner", "parties");
			}
			if (partner.getCountryCode() != null) {
				countries.add(partner.getCountryCode());
			}
		}
		return countries;
	}

	private void notFuture(LocalDate day, String field) {
		if (day.isAfter(today())) {
			throw new AgreementRefused("agreement.error.dateInFuture", field);
		}
	}

	private static AgreementDetails normalised(AgreementDetails details) {
		return new AgreementDetails(TextFolding.nfc(details.titleVi().strip()), blankToNull(details.titleForeign()),
				details.kind(), blankToNull(details.reference()), blankToNull(details.summary()),
				blankToNull(details.signatoryName()), blankToNull(details.signatoryPosition()),
				details.parties().stream()
					.map(p -> new ForeignParty(p.partnerId(), blankToNull(p.signatoryName()), blankToNull(p.signatoryPosition())))
					.toList(),
				details.fields(), details.languages(), details.delegationId(), blankToNull(details.eventName()),
				details.relationId(), details.inheritedFromUnitId());
	}

	private static String required(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			throw new AgreementRefused("agreement.error.required", field);
		}
		return TextFolding.nfc(text.strip());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : TextFolding.nfc(text.strip());
	}

	static String source(long id, String step) {
		return "agreement:" + id + ":" + step;
	}

	static String opinionSource(OpinionRequest request) {
		return source(request.getAgreementId(), "opinion:" + request.getId());
	}

	static String link(long id) {
		return "/agreements/" + id;
	}
}
