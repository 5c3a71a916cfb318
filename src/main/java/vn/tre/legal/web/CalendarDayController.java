package vn.tre.legal.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.tre.legal.CalendarDay;
import vn.tre.legal.CalendarDayKind;
import vn.tre.legal.CalendarManagement;
import vn.tre.legal.InvalidInput;
import vn.tre.legal.LegalBases;
import vn.tre.organisation.AccessPolicy;
import vn.tre.shared.Actor;

/** The administrators' forms to add, change and remove an exceptional day of the calendar. */
@Controller
@RequestMapping("/calendar/days")
class CalendarDayController {

	private final CalendarManagement calendar;

	private final LegalBases legalBases;

	private final AccessPolicy access;

	CalendarDayController(CalendarManagement calendar, LegalBases legalBases, AccessPolicy access) {
		this.calendar = calendar;
		this.legalBases = legalBases;
		this.access = access;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "calendar";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable Integer year, Actor actor, Model model) {
		access.checkAdministers(actor);
		model.addAttribute("calendarDayForm", new CalendarDayForm());
		return form(model, null, year);
	}

	@PostMapping
	String add(Actor actor, @Valid CalendarDayForm calendarDayForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.checkAdministers(actor);
		calendarDayForm.checkKindFitsDay(errors);
		if (!errors.hasErrors()) {
			try {
				CalendarDay day = calendar.add(actor, calendarDayForm.toDraft());
				return saved(redirect, day, "form.created");
			}
			catch (InvalidInput refused) {
				FormErrors.add(errors, refused);
			}
		}
		return form(model, null, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		access.checkAdministers(actor);
		model.addAttribute("calendarDayForm", CalendarDayForm.from(calendar.get(id)));
		return form(model, id, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, Actor actor, @Valid CalendarDayForm calendarDayForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		calendar.get(id);
		calendarDayForm.checkKindFitsDay(errors);
		if (!errors.hasErrors()) {
			try {
				CalendarDay day = calendar.update(actor, id, calendarDayForm.getVersion(), calendarDayForm.toDraft());
				return saved(redirect, day, "form.saved");
			}
			catch (InvalidInput refused) {
				FormErrors.add(errors, refused);
			}
			catch (ObjectOptimisticLockingFailureException stale) {
				FormErrors.stale(errors);
			}
		}
		return form(model, id, null);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		access.checkAdministers(actor);
		int year = calendar.get(id).getDay().getYear();
		calendar.delete(actor, id);
		redirect.addFlashAttribute("flashSuccess", "calendar.day.deleted");
		return "redirect:/calendar?year=" + year;
	}

	private static String saved(RedirectAttributes redirect, CalendarDay day, String message) {
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:/calendar?year=" + day.getDay().getYear();
	}

	private String form(Model model, @Nullable Long id, @Nullable Integer year) {
		model.addAttribute("dayId", id);
		model.addAttribute("year", year);
		model.addAttribute("kinds", CalendarDayKind.values());
		model.addAttribute("basisChoices", legalBases.choices());
		return "calendar/day-form";
	}
}
