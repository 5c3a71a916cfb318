package vn.tre.agreement;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A foreign party to an agreement (a partner of the directory) and who signed for it. */
@Embeddable
public record ForeignParty(long partnerId, @Nullable String signatoryName, @Nullable String signatoryPosition) {
}
