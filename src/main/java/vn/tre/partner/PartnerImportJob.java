package vn.tre.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner file checked and waiting for its owner's confirmation, or imported. It lives in memory for a
 * couple of hours; nothing of it is written until the owner confirms.
 */
public final class PartnerImportJob {

	/** Where the job stands. */
	public enum State {
		CHECKED, IMPORTED, FAILED
	}

	private final UUID id = UUID.randomUUID();

	private final long ownerId;

	private final String filename;

	private final Instant createdAt;

	private volatile State state = State.CHECKED;

	private volatile List<PartnerImportRow> rows = List.of();

	private volatile int imported;

	private volatile @Nullable String failure;

	PartnerImportJob(long ownerId, String filename, Instant createdAt) {
		this.ownerId = ownerId;
		this.filename = filename;
		this.createdAt = createdAt;
	}

	void checked(List<PartnerImportRow> checkedRows) {
		this.rows = List.copyOf(checkedRows);
		this.state = State.CHECKED;
	}

	void imported(int count) {
		this.imported = count;
		this.state = State.IMPORTED;
	}

	void failed(String messageKey) {
		this.failure = messageKey;
		this.state = State.FAILED;
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

	public List<PartnerImportRow> getRows() {
		return rows;
	}

	public List<PartnerImportRow> getRefusedRows() {
		return rows.stream().filter(PartnerImportRow::refused).toList();
	}

	public int refusedCount() {
		return (int) rows.stream().filter(PartnerImportRow::refused).count();
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
