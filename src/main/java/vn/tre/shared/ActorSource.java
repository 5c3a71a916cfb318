package vn.tre.shared;

/** Implemented by the authenticated principal so that any module can get the {@link Actor}. */
public interface ActorSource {

	Actor actor();
}
