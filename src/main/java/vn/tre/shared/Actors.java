package vn.tre.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the {@link Actor} of the current request, if someone is logged in. */
public final class Actors {

	private Actors() {
	}

	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorSource source) {
			return Optional.of(source.actor());
		}
		return Optional.empty();
	}

	public static Actor require() {
		return current().orElseThrow(() -> new Forbidden("not authenticated"));
	}
}
