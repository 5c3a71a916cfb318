package vn.tre.partner;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user enters for a relation. */
public record RelationDraft(RelationType type, LocalDate establishedOn, @Nullable String documentReference,
		RelationStatus status, @Nullable LocalDate lastActivityOn, @Nullable String notes) {
}
