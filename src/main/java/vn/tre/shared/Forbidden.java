package vn.tre.shared;

/** Thrown when the actor may see a record but not do what they asked with it; answers 403. */
public class Forbidden extends RuntimeException {

	public Forbidden(String what) {
		super(what);
	}
}
