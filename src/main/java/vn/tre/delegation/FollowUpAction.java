package vn.tre.delegation;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something a trip committed the unit to do, with who owns it and by when. */
@Embeddable
public record FollowUpAction(String action, String owner, @Nullable LocalDate dueDate, boolean done) {
}
