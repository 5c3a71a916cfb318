package vn.tre.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tre.agreement.AgreementIndicators;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementMonitoring;
import vn.tre.agreement.Assessment;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.OpenWarning;
import vn.tre.agreement.WarningKind;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/** The early warnings of an agreement and the agreement indicators of a period, as JSON. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementWarningApiController {

	private final AgreementMonitoring monitoring;

	private final AgreementIndicators indicators;

	private final AgreementManagement agreements;

	private final OrgUnitManagement units;

	private final AccessPolicy access;

	AgreementWarningApiController(AgreementMonitoring monitoring, AgreementIndicators indicators,
			AgreementManagement agreements, OrgUnitManagement units, AccessPolicy access) {
		this.monitoring = monitoring;
		this.indicators = indicators;
		this.agreements = agreements;
		this.units = units;
		this.access = access;
	}

	/** The agreement figures of a period for a scope. */
	record IndicatorsJson(LocalDate from, LocalDate to, @Nullable Long unitId, long signed,
			Map<AgreementKind, Long> signedByKind, Map<String, Long> signedByCountry,
			Map<CooperationField, Long> signedByField, long inForceAtEnd, long aliveWithRoadmap, long alive,
			int roadmapSharePercent, long milestonesDone, long milestonesLate, int reviewYear,
			Map<Assessment, Long> reviewsFiled, Map<WarningKind, Long> openWarnings) {
	}

	@GetMapping("/{id}/warnings")
	@Operation(summary = "The open early warnings of an agreement")
	List<OpenWarning> warnings(Actor actor, @PathVariable long id) {
		return monitoring.warnings(actor, id);
	}

	@GetMapping("/indicators")
	@Operation(summary = "Agreement indicators of a period (this year by default) for the caller's scope or one unit "
			+ "and the units under it; reviews are those filed for the year the period ends in")
	IndicatorsJson indicators(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Long unitId) {
		LocalDate today = agreements.today();
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? start.withDayOfYear(start.lengthOfYear()) : to;
		if (end.isBefore(start)) {
			throw new InvalidRequest(List.of(new InvalidRequest.Problem("to", "agreement.api.periodReversed", List.of())));
		}
		@Nullable List<Long> scope = scope(actor, unitId);
		var share = indicators.roadmapShare(end, scope);
		return new IndicatorsJson(start, end, unitId, indicators.signed(start, end, scope),
				indicators.signedByKind(start, end, scope), indicators.signedByCountry(start, end, scope),
				indicators.signedByField(start, end, scope), indicators.inForceOn(end, scope), share.withRoadmap(),
				share.total(), share.percent(), indicators.milestonesDone(start, end, scope),
				indicators.milestonesLate(start, end, scope), end.getYear(), indicators.reviewsFiled(end.getYear(), scope),
				indicators.openWarnings(scope));
	}

	/** The units counted: the one asked for and those under it (404 outside the caller's scope), or the caller's scope. */
	private @Nullable List<Long> scope(Actor actor, @Nullable Long unitId) {
		if (unitId != null) {
			access.checkRead(actor, unitId, "org unit");
			return units.subtreeIds(unitId);
		}
		var visible = access.visibleUnits(actor);
		return visible.all() ? null : List.copyOf(visible.ids());
	}
}
