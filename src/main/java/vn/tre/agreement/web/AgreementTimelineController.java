package vn.tre.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.AgreementTimeline;
import vn.tre.agreement.TimelineEvent;
import vn.tre.shared.Actor;

/** The timeline of an agreement: as a page, and as JSON for API clients. */
@Controller
@Tag(name = "Agreements")
class AgreementTimelineController {

	private final AgreementManagement agreements;

	private final AgreementTimeline timeline;

	AgreementTimelineController(AgreementManagement agreements, AgreementTimeline timeline) {
		this.agreements = agreements;
		this.timeline = timeline;
	}

	@GetMapping("/agreements/{id}/timeline")
	String page(Actor actor, @PathVariable long id, Locale locale, Model model) {
		List<TimelineEvent> events = timeline.of(actor, id, locale);
		model.addAttribute("agreement", agreements.get(actor, id));
		model.addAttribute("past", events.stream().filter(event -> !event.ahead()).toList());
		model.addAttribute("ahead", events.stream().filter(TimelineEvent::ahead).toList());
		model.addAttribute("activeNav", "agreements");
		return "agreements/timeline";
	}

	@GetMapping("/api/v1/agreements/{id}/timeline")
	@ResponseBody
	@Operation(summary = "The dated events of an agreement, oldest first, then what is still ahead")
	List<TimelineEvent> json(Actor actor, @PathVariable long id, Locale locale) {
		return timeline.of(actor, id, locale);
	}
}
