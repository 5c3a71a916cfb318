package vn.tre.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.tre.audit.AuditLog;
import vn.tre.organisation.OrgUnit;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actor;

/** Who changed a unit, when, and from what to what. */
@Controller
class OrgUnitHistoryController {

	private final OrgUnitManagement units;

	private final AuditLog audit;

	OrgUnitHistoryController(OrgUnitManagement units, AuditLog audit) {
		this.units = units;
		this.audit = audit;
	}

	@GetMapping("/org-units/{id}/history")
	String history(Actor actor, @PathVariable long id, Model model) {
		OrgUnit unit = units.get(actor, id);
		model.addAttribute("activeNav", "org-units");
		model.addAttribute("unit", unit);
		model.addAttribute("history", audit.history("OrgUnit", id));
		return "org-units/history";
	}
}
