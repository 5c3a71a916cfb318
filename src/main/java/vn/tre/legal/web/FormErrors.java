package vn.tre.legal.web;

import org.springframework.validation.BindingResult;
import vn.tre.legal.InvalidInput;

/** Puts what the module refused next to the fields of the form that typed it. */
final class FormErrors {

	private FormErrors() {
	}

	static void add(BindingResult errors, InvalidInput refused) {
		refused.errors().forEach((field, key) -> errors.rejectValue(field, key));
	}

	static void stale(BindingResult errors) {
		errors.reject("form.staleVersion");
	}
}
