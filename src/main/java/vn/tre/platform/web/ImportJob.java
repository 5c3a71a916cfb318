package vn.tre.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A file of rows being checked or imported by a module (communes, partners): who sent it, its checked rows
 * with the problems that refuse some of them, its progress, and its outcome. It lives in the memory of the
 * node that checked it while its owner works on it; nothing of it is written until the owner confirms.
 * The module that runs the job moves it through its states; pages only read it.
 *
 * @param <R> a checked row of the module's file
 */
public final class ImportJob<R extends ImportJob.Row> {

	/** A checked row: its number in the file and the problems that refuse it (none: it can be imported). */
	public interface Row {

		int rowNumber();

		List<ImportProblem> problems();

		default boolean refused() {
			return !problems().isEmpty();
		}
	}

	/** Where the job stands. */
	public enum State {
		CHECKING, CHECKED, IMPORTING, IMPORTED, FAILED
	}

	private final UUID id = UUID.randomUUID();

	private final long ownerId;

	private final String filename;

	private final Instant createdAt;

	private final AtomicInteger processed = new AtomicInteger();

	private volatile int total;

	private volatile State state = State.CHECKING;

	private volatile List<R> rows = List.of();

	private volatile int imported;

	private volatile @Nullable String failure;

	public ImportJob(long ownerId, String filename, Instant createdAt) {
		this.ownerId = ownerId;
		this.filename = filename;
		this.createdAt = createdAt;
	}

	/** How many rows the running step has to go through. */
	public void total(int total) {
		this.total = total;
	}

	/** One more row gone through. */
	public void progress() {
		processed.incrementAndGet();
	}

	public void checked(List<R> checkedRows) {
		this.rows = List.copyOf(checkedRows);
		this.state = State.CHECKED;
	}

	public void importing() {
		processed.set(0);
		total = acceptedCount();
		state = State.IMPORTING;
	}

	public void imported(int count) {
		imported = count;
		state = State.IMPORTED;
	}

	public void failed(String messageKey) {
		failure = messageKey;
		state = State.FAILED;
	}

	public UUID getId() {
		return id;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getFilename() {
		return filename;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public State getState() {
		return state;
	}

	public boolean isRunning() {
		return state == State.CHECKING || state == State.IMPORTING;
	}

	public int getTotal() {
		return total;
	}

	public int getProcessed() {
		return processed.get();
	}

	/** Progress in percent, for the progress bar. */
	public int getPercent() {
		return total == 0 ? (isRunning() ? 0 : 100) : Math.min(100, processed.get() * 100 / total);
	}

	public List<R> getRows() {
		return rows;
	}

	public List<R> getRefusedRows() {
		return rows.stream().filter(Row::refused).toList();
	}

	public int refusedCount() {
		return (int) rows.stream().filter(Row::refused).count();
	}

	public int acceptedCount() {
		return rows.size() - refusedCount();
	}

	public int getImported() {
		return imported;
	}

	public @Nullable String getFailure() {
		return failure;
	}
}
