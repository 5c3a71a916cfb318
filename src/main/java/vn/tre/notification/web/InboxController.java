package vn.tre.notification.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tre.notification.Notifications;
import vn.tre.notification.TaskStatus;
import vn.tre.shared.Actor;

/** The inbox: the tasks and reminders addressed to the user or their unit, open or done. */
@Controller
@RequestMapping("/inbox")
class InboxController {

	static final int PAGE_SIZE = 20;

	private final Notifications notifications;

	private final Clock clock;

	InboxController(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping
	String inbox(Actor actor, @RequestParam(defaultValue = "OPEN") TaskStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		TaskStatus shown = status == TaskStatus.DONE ? TaskStatus.DONE : TaskStatus.OPEN;
		model.addAttribute("tasks", notifications.inbox(actor, shown, PageRequest.of(Math.max(page, 0), PAGE_SIZE, order(shown))));
		model.addAttribute("status", shown);
		model.addAttribute("openCount", notifications.countOpen(actor));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("activeNav", "inbox");
		return "notification/inbox";
	}

	@PostMapping("/{id}/done")
	String done(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		notifications.complete(actor, id);
		redirect.addFlashAttribute("flashSuccess", "inbox.markedDone");
		return "redirect:/inbox?status=OPEN&page=" + Math.max(page, 0);
	}

	/** Open work by due date, the most pressing first; done work by when it was done, the latest first. */
	static Sort order(TaskStatus status) {
		return status == TaskStatus.OPEN
				? Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("createdAt"), Sort.Order.desc("id"))
				: Sort.by(Sort.Order.desc("doneAt"), Sort.Order.desc("id"));
	}
}
