package vn.tre.agreement.web;

import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.agreement.AgreementMonitoring;
import vn.tre.agreement.OpenWarning;
import vn.tre.agreement.WarningKind;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.platform.web.ExcelExport;
import vn.tre.shared.Actor;

/** The open early warnings of the agreements the viewer may see (the ministry: the whole country). */
@Controller
class AgreementWarningController {

	private static final int PAGE_SIZE = 50;

	private final AgreementMonitoring monitoring;

	private static final int EXPORT_LIMIT = 10_000;

	private final OrgUnitManagement units;

	private final MessageSource messages;

	AgreementWarningController(AgreementMonitoring monitoring, OrgUnitManagement units, MessageSource messages) {
		this.monitoring = monitoring;
		this.units = units;
		this.messages = messages;
	}

	/** The open warnings of the filter as an Excel file, one row per warning. */
	@GetMapping("/agreements/warnings/export")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(required = false) @Nullable WarningKind kind,
			@RequestParam(required = false) @Nullable Long unitId, Locale locale) {
		List<OpenWarning> rows = monitoring.openWarnings(actor, kind, unitId, PageRequest.of(0, EXPORT_LIMIT)).getContent();
		Map<Long, OrgUnit> unitsById = units.byIds(rows.stream().map(OpenWarning::unitId).distinct().toList());
		List<String> header = List.of(text("agreement.warnings.column.warning", locale),
				text("agreement.warnings.column.milestone", locale), text("agreement.warnings.column.dueOn", locale),
				text("agreement.warnings.column.agreement", locale), text("agreement.warnings.column.unit", locale),
				text("agreement.warnings.column.raisedOn", locale));
		List<List<Object>> lines = rows.stream().map(w -> java.util.Arrays.<Object>asList(
				text("agreement.warning." + w.kind(), locale), w.milestoneTitle(),
				w.milestoneDueOn() != null ? w.milestoneDueOn() : w.expiresOn(), w.agreementTitle(),
				unitsById.containsKey(w.unitId()) ? unitsById.get(w.unitId()).name(locale) : null, w.raisedOn()))
			.toList();
		return ExcelExport.response("canh-bao-thoa-thuan.xlsx",
				ExcelExport.write(text("agreement.warnings.title", locale), header, lines));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/agreements/warnings")
	String list(Actor actor, @RequestParam(required = false) @Nullable WarningKind kind,
			@RequestParam(required = false) @Nullable Long unitId, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		Page<OpenWarning> warnings = monitoring.openWarnings(actor, kind, unitId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, String> unitNames = new LinkedHashMap<>();
		units.byIds(monitoring.unitsWithOpenWarnings(actor)).values().stream()
			.sorted(Comparator.comparing((OrgUnit unit) -> unit.name(locale)))
			.forEach(unit -> unitNames.put(unit.getId(), unit.name(locale)));
		if (unitId != null && !unitNames.containsKey(unitId)) {
			unitNames.put(unitId, units.nameOf(unitId, locale));
		}
		model.addAttribute("warnings", warnings);
		model.addAttribute("counts", monitoring.openCounts(actor));
		model.addAttribute("kinds", WarningKind.values());
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("kind", kind);
		model.addAttribute("unitId", unitId);
		model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/agreements/warnings")
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("unitId", Optional.ofNullable(unitId))
			.build().encode().toUriString());
		model.addAttribute("activeNav", "agreements");
		return "agreements/warnings";
	}
}
