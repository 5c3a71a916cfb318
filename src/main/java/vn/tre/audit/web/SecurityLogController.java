package vn.tre.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tre.audit.AuditLog;
import vn.tre.audit.SecurityEvent;
import vn.tre.audit.SecurityEventFilter;
import vn.tre.audit.SecurityEventKind;
import vn.tre.platform.web.DateFormats;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;
import vn.tre.shared.Role;

/** The security log for ministry administrators: logins, failed logins, logouts and views of personal data. */
@Controller
class SecurityLogController {

	static final int PAGE_SIZE = 50;

	static final int EXPORT_LIMIT = 10_000;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	SecurityLogController(AuditLog auditLog, MessageSource messages, Clock clock) {
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/security-log")
	String log(Actor actor, @ModelAttribute("filter") SecurityLogFilterForm form, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (!actor.has(Role.MINISTRY_ADMIN)) {
			throw new Forbidden("security log");
		}
		if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
			binding.rejectValue("to", "audit.filter.toBeforeFrom");
		}
		SecurityEventFilter filter = binding.hasErrors() ? SecurityEventFilter.none() : form.toFilter();
		Page<SecurityEvent> events = auditLog.securityEvents(actor, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("events", events);
		model.addAttribute("kinds", SecurityEventKind.values());
		String baseUrl = baseUrl(binding.hasErrors() ? new SecurityLogFilterForm() : form);
		model.addAttribute("baseUrl", baseUrl);
		model.addAttribute("exportUrl", baseUrl.replaceFirst("^/admin/security-log", "/admin/security-log.xlsx"));
		model.addAttribute("activeNav", "security-log");
		return "audit/security-log";
	}

	/** What the page shows with the same filter, up to {@value #EXPORT_LIMIT} events, as an Excel workbook. */
	@GetMapping("/admin/security-log.xlsx")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("filter") SecurityLogFilterForm form, BindingResult binding,
			Locale locale) {
		SecurityEventFilter filter = binding.hasErrors() ? SecurityEventFilter.none() : form.toFilter();
		var events = auditLog.securityEvents(actor, filter, PageRequest.of(0, EXPORT_LIMIT)).getContent();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("nhat-ky-an-ninh-" + LocalDate.now(clock) + ".xlsx").build().toString())
			.body(SecurityLogWorkbook.of(events, messages, locale));
	}

	private static String baseUrl(SecurityLogFilterForm form) {
		var url = UriComponentsBuilder.fromPath("/admin/security-log");
		if (form.getUser() != null && !form.getUser().isBlank()) {
			url.queryParam("user", form.getUser().strip());
		}
		if (form.getKind() != null) {
			url.queryParam("kind", form.getKind().name());
		}
		if (form.getFrom() != null) {
			url.queryParam("from", DateFormats.DATE.format(form.getFrom()));
		}
		if (form.getTo() != null) {
			url.queryParam("to", DateFormats.DATE.format(form.getTo()));
		}
		return url.encode().build().toUriString();
	}
}
