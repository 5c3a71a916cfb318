package vn.tre.account.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts a form's errors in the order of its fields, so that the error summary reads top to bottom like the
 * form (Bean Validation reports them in no particular order).
 */
final class FieldOrder {

	private FieldOrder() {
	}

	static void apply(BindingResult result, Model model, List<String> fields) {
		var sorted = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		result.getGlobalErrors().forEach(sorted::addError);
		result.getFieldErrors().stream()
			.sorted(Comparator.comparingInt(error -> position(fields, error.getField())))
			.forEach(sorted::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), sorted);
	}

	private static int position(List<String> fields, String field) {
		int index = fields.indexOf(field);
		return index < 0 ? fields.size() : index;
	}
}
