package vn.tre.agreement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated event in the life of an agreement, for its timeline: what happened (a message key under
 * {@code agreement.timeline.}), up to two words to put in the sentence, an optional longer text (a comment,
 * the opinion, a progress note), and whether it is still ahead (a due date, the expiry).
 */
public record TimelineEvent(LocalDate date, String kind, String first, String second, @Nullable String text,
		boolean ahead) {

	static TimelineEvent past(LocalDate date, String kind, String first, String second, @Nullable String text) {
		return new TimelineEvent(date, kind, first, second, text, false);
	}

	static TimelineEvent upcoming(LocalDate date, String kind, String first) {
		return new TimelineEvent(date, kind, first, "", null, true);
	}
}
