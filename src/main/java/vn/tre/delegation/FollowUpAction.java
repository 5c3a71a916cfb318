package vn.tre.delegation;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something a trip committed the unit to do, with who owns it and by when. */
@Embeddable
public record FollowUpAction(String action, String owner, @Nullable LocalDate dueDate, boolean done) {

	/** As the change history shows it: "action — owner, dd/MM/yyyy". */
	@Override
	public String toString() {
		return action + " — " + owner
				+ (dueDate == null ? "" : ", " + dueDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
	}
}
