package vn.tre.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An amendment or extension of an agreement in force (Art. 33). */
@Entity
@Table(schema = "agreement", name = "agreement_change")
public class AgreementChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	@Enumerated(EnumType.STRING)
	private ChangeKind kind;

	@Column(name = "on_date")
	private LocalDate on;

	private @Nullable LocalDate newExpiry;

	private String note;

	private String username;

	protected AgreementChange() {
	}

	AgreementChange(long agreementId, ChangeKind kind, LocalDate on, @Nullable LocalDate newExpiry, String note,
			String username) {
		this.agreementId = agreementId;
		this.kind = kind;
		this.on = on;
		this.newExpiry = newExpiry;
		this.note = note;
		this.username = username;
	}

	public ChangeKind getKind() {
		return kind;
	}

	public LocalDate getOn() {
		return on;
	}

	public @Nullable LocalDate getNewExpiry() {
		return newExpiry;
	}

	public String getNote() {
		return note;
	}

	public String getUsername() {
		return username;
	}
}
