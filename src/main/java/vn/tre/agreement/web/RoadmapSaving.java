package vn.tre.agreement.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import vn.tre.agreement.AgreementRefused;

/** Saving a roadmap form: what the façade refuses goes next to its field, or to the top of the form. */
final class RoadmapSaving {

	private RoadmapSaving() {
	}

	/** Runs the change; true when it was saved, false with the reason on the form otherwise. */
	static boolean save(BindingResult errors, Runnable change) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (AgreementRefused refused) {
			String field = refused.field();
			if (field != null && errors.getTarget() != null
					&& new org.springframework.beans.BeanWrapperImpl(errors.getTarget()).isReadableProperty(field)) {
				errors.rejectValue(field, refused.messageKey());
			}
			else {
				errors.reject(refused.messageKey());
			}
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			errors.reject("form.staleVersion");
		}
		return false;
	}
}
