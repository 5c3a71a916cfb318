package vn.tre.delegation;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One day of a delegation's programme: where it is and what it does. */
@Embeddable
public record ProgrammeDay(LocalDate day, @Nullable String place, String activities) {
}
