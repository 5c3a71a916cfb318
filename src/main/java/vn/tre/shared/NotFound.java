package vn.tre.shared;

/**
 * Thrown when a record does not exist or the actor may not know that it exists; both answer 404.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}
}
