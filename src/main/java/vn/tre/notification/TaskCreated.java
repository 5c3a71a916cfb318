package vn.tre.notification;

/** A task was put in someone's inbox. */
public record TaskCreated(long taskId) {
}
