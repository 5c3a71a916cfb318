package vn.tre.home.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.tre.notification.Notifications;
import vn.tre.platform.web.LayoutModelContributor;
import vn.tre.organisation.AccessPolicy;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.shared.Actors;

/** Gives every page's layout what it shows of the user: name, unit, open tasks, administration. */
@ControllerAdvice
class LayoutAdvice implements LayoutModelContributor {

	private final OrgUnitManagement units;

	private final Notifications notifications;

	private final AccessPolicy access;

	LayoutAdvice(OrgUnitManagement units, Notifications notifications, AccessPolicy access) {
		this.units = units;
		this.notifications = notifications;
		this.access = access;
	}

	@ModelAttribute("me")
	@Nullable Me me(Locale locale) {
		return Actors.current()
			.map(actor -> new Me(actor.displayName(), units.nameOf(actor.unitId(), locale), actor.unitId(),
					notifications.countOpen(actor), access.administers(actor)))
			.orElse(null);
	}

	@Override
	public void contribute(java.util.Map<String, Object> model, Locale locale) {
		Me me = me(locale);
		if (me != null) {
			model.put("me", me);
		}
	}

	/** The user as the layout shows them. */
	record Me(String displayName, String unitName, long unitId, long openTasks, boolean admin) {
	}
}
