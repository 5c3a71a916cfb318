package vn.tre.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A commune file being checked or imported. It lives in memory while its owner works on it; the page polls
 * its progress.
 */
public final class ImportJob {

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

	private volatile List<ImportRow> rows = List.of();

	private volatile int imported;

	private volatile @Nullable String failure;

	ImportJob(long ownerId, String filename, Instant createdAt) {
		this.ownerId = ownerId;
		this.filename = filename;
		this.createdAt = createdAt;
	}

	void total(int total) {
		this.total = total;
	}

	void progress() {
		processed.incrementAndGet();
	}

	void checked(List<ImportRow> rows) {
		this.rows = List.copyOf(rows);
		this.state = State.CHECKED;
	}

	void importing() {
		processed.set(0);
		total = acceptedCount();
		state = State.IMPORTING;
	}

	void imported(int count) {
		imported = count;
		state = State.IMPORTED;
	}

	void failed(String messageKey) {
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

	public List<ImportRow> getRows() {
		return rows;
	}

	public List<ImportRow> getRefusedRows() {
		return rows.stream().filter(ImportRow::refused).toList();
	}

	public int refusedCount() {
		return (int) rows.stream().filter(ImportRow::refused).count();
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
