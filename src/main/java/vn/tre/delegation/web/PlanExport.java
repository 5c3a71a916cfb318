package vn.tre.delegation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.tre.delegation.DelegationPlan;
import vn.tre.delegation.Direction;
import vn.tre.delegation.PlanItem;
import vn.tre.delegation.PlanRevision;
import vn.tre.platform.web.ExcelExport;

/** The items of one revision of a plan as an Excel sheet, outgoing delegations first. */
@Component
class PlanExport {

	private static final List<String> HEADERS = List.of("plan.col.number", "plan.field.direction", "plan.field.period",
			"plan.field.purpose", "plan.field.countries", "plan.field.headLevel", "plan.field.size",
			"plan.field.fundingSource", "plan.field.estimatedCost", "plan.field.partnerIds", "plan.field.ref");

	private final MessageSource messages;

	private final PlanFormat format;

	PlanExport(MessageSource messages, PlanFormat format) {
		this.messages = messages;
		this.format = format;
	}

	byte[] write(DelegationPlan plan, PlanRevision revision, Locale locale) {
		List<String> header = HEADERS.stream().map(key -> message(key, locale)).toList();
		var rows = new ArrayList<List<?>>();
		int number = 1;
		for (Direction direction : Direction.values()) {
			for (PlanItem item : revision.items(direction)) {
				rows.add(row(number++, item, locale));
			}
		}
		String sheet = messages.getMessage("plan.export.sheet", new Object[] { String.valueOf(plan.getYear()),
				String.valueOf(revision.getNumber()) }, locale);
		return ExcelExport.write(sheet, header, rows);
	}

	private List<?> row(int number, PlanItem item, Locale locale) {
		var values = new ArrayList<Object>();
		values.add(number);
		values.add(message("plan.direction." + item.getDirection(), locale));
		values.add(period(item, locale));
		values.add(item.getPurpose());
		values.add(format.countries(item.getCountryCodes(), locale));
		values.add(message("plan.headLevel." + item.getHeadLevel(), locale));
		values.add(item.getSize());
		values.add(message("plan.funding." + item.getFundingSource(), locale));
		values.add(item.getEstimatedCost());
		values.add(String.join(", ", item.getPartnerIds().stream().map(String::valueOf).toList()));
		values.add(item.getRef().toString());
		return values;
	}

	private String period(PlanItem item, Locale locale) {
		return item.getMonth() != null ? message("plan.month." + item.getMonth(), locale)
				: message("plan.quarter." + item.getQuarter(), locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
