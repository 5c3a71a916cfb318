package vn.tre.agreement.web;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.agreement.AgreementReview;
import vn.tre.agreement.AgreementRoadmaps;
import vn.tre.agreement.Assessment;
import vn.tre.shared.Actor;
import vn.tre.shared.Forbidden;

/** The form that files or updates the yearly implementation review of an agreement. */
@Controller
@RequestMapping("/agreements/{id}/reviews")
class AgreementReviewController {

	private final AgreementRoadmaps roadmaps;

	AgreementReviewController(AgreementRoadmaps roadmaps) {
		this.roadmaps = roadmaps;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "agreements";
	}

	@GetMapping("/new")
	String form(@PathVariable long id, @RequestParam(required = false) @Nullable Integer year, Actor actor,
			Model model) {
		List<Integer> years = years(actor, id);
		List<Integer> reviewed = roadmaps.reviews(actor, id).stream().map(AgreementReview::getYear).toList();
		int chosen = year != null && years.contains(year) ? year
				: years.stream().filter(y -> !reviewed.contains(y)).findFirst().orElse(years.getFirst());
		model.addAttribute("agreementReviewForm", roadmaps.reviews(actor, id).stream()
			.filter(review -> review.getYear() == chosen)
			.findFirst()
			.map(AgreementReviewForm::of)
			.orElseGet(() -> AgreementReviewForm.blank(chosen)));
		return page(model, actor, id, years);
	}

	@PostMapping
	String file(@PathVariable long id, Actor actor, @ModelAttribute AgreementReviewForm agreementReviewForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<Integer> years = years(actor, id);
		agreementReviewForm.check(errors);
		if (RoadmapSaving.save(errors, () -> roadmaps.fileReview(actor, id,
				Objects.requireNonNull(agreementReviewForm.getYear()), agreementReviewForm.getVersion(),
				Objects.requireNonNull(agreementReviewForm.getAssessment()),
				Objects.requireNonNull(agreementReviewForm.getReasons())))) {
			redirect.addFlashAttribute("flashSuccess", "roadmap.flash.reviewFiled");
			return RoadmapPages.back(id) + "#reviews";
		}
		return page(model, actor, id, years);
	}

	private List<Integer> years(Actor actor, long id) {
		List<Integer> years = roadmaps.reviewYears(actor, id);
		if (years.isEmpty()) {
			throw new Forbidden("agreement review");
		}
		return years;
	}

	private String page(Model model, Actor actor, long id, List<Integer> years) {
		model.addAttribute("agreement", roadmaps.agreement(actor, id));
		model.addAttribute("years", years);
		model.addAttribute("assessments", Assessment.values());
		List<Integer> reviewed = roadmaps.reviews(actor, id).stream().map(AgreementReview::getYear).toList();
		model.addAttribute("newYears", years.stream().filter(y -> !reviewed.contains(y)).toList());
		return "agreements/roadmap-review";
	}
}
