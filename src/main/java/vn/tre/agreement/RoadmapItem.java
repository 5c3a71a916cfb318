package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an activity or a milestone of a roadmap says: a title, the unit that carries it out (the agreement's
 * unit or one below it), the due date (required for a milestone) and a weight from 1 to 100.
 */
public record RoadmapItem(String title, long ownerUnitId, @Nullable LocalDate dueOn, int weight) {
}
