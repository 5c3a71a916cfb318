package vn.tre.home.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tre.agreement.AgreementMonitoring;
import vn.tre.notification.Notifications;
import vn.tre.notification.TaskStatus;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/** The home page: the user's unit, their open tasks, the agreement warnings of their scope and quick links. */
@Controller
class HomeController {

	private final OrgUnitManagement units;

	private final Notifications notifications;

	private final AgreementMonitoring agreementWarnings;

	private final Clock clock;

	HomeController(OrgUnitManagement units, Notifications notifications, AgreementMonitoring agreementWarnings, Clock clock) {
		this.units = units;
		this.notifications = notifications;
		this.agreementWarnings = agreementWarnings;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		var unit = units.get(actor, actor.unitId());
		model.addAttribute("activeNav", "home");
		model.addAttribute("unit", unit);
		model.addAttribute("childCount", units.countChildren(unit.getId()));
		model.addAttribute("tasks", notifications.inbox(actor, TaskStatus.OPEN,
				PageRequest.of(0, 8, Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("createdAt")))));
		model.addAttribute("agreementWarnings", agreementWarnings.openWarnings(actor, null, null, PageRequest.of(0, 8)));
		model.addAttribute("today", LocalDate.now(clock));
		return "home/index";
	}
}
