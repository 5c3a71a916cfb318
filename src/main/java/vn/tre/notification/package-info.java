/**
 * Tasks and reminders for a unit or a person, with optional due dates: the inbox, the home page's open
 * tasks and, where configured, e-mail. Every module creates them through {@link vn.tre.notification.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
@org.jspecify.annotations.NullMarked
package vn.tre.notification;
