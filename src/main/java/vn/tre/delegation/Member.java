package vn.tre.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A member of a delegation; for an incoming delegation, mostly people of the foreign side. */
@Embeddable
public record Member(String name, @Column(name = "job_title") @Nullable String position, @Nullable String organisation,
		boolean keyLeader, boolean foreignSide) {

	/** As the change history shows it: "Name (position, organisation)". */
	@Override
	public String toString() {
		String details = java.util.stream.Stream.of(position, organisation).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
		return details.isEmpty() ? name : name + " (" + details + ")";
	}
}
