package vn.tre.delegation;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One day of a delegation's programme: where it is and what it does. */
@Embeddable
public record ProgrammeDay(LocalDate day, @Nullable String place, String activities) {

	/** As the change history shows it: "dd/MM/yyyy place: activities". */
	@Override
	public String toString() {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + (place == null ? "" : " " + place)
				+ ": " + activities;
	}
}
