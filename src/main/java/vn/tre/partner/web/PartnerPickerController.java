package vn.tre.partner.web;

import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;

/** The partner picker of forms: the first matches of what the user types, as a list to choose from (htmx). */
@Controller
class PartnerPickerController {

	private final PartnerDirectory partners;

	private final Labels labels;

	PartnerPickerController(PartnerDirectory partners, Labels labels) {
		this.partners = partners;
		this.labels = labels;
	}

	@GetMapping("/partners/pick")
	String pick(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "partner") String field,
			Model model, Locale locale) {
		model.addAttribute("field", field.replaceAll("[^A-Za-z]", ""));
		model.addAttribute("q", q);
		model.addAttribute("options", q.isBlank() ? java.util.List.of()
				: partners.search(actor, PartnerFilter.none().withQuery(q), PageRequest.of(0, 8, PartnerListController.sort(locale)))
					.getContent());
		model.addAttribute("countryNames", labels.countryNames(locale));
		return "partners/picker :: options";
	}
}
