package vn.tre.delegation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The items of a unit's approved plan that a delegation may implement. */
@Component
class PlanItemChoices {

	private final Clock clock;

	PlanItemChoices(Clock clock) {
		this.clock = clock;
	}

	/** A plan item as the form offers it. */
	record Choice(UUID ref, String label) {
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	List<Choice> of(long unitId, int year) {
		return List.of();
	}
}
