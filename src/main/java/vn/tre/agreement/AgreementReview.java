package vn.tre.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The yearly implementation review of an agreement: effective, partly or not implemented, and why. */
@Entity
@Table(schema = "agreement", name = "agreement_review")
public class AgreementReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	private int year;

	@Enumerated(EnumType.STRING)
	private Assessment assessment;

	private String reasons;

	private String username;

	private LocalDate filedOn;

	@Version
	private long version;

	protected AgreementReview() {
	}

	AgreementReview(long agreementId, int year, Assessment assessment, String reasons, String username, LocalDate filedOn) {
		this.agreementId = agreementId;
		this.year = year;
		change(assessment, reasons, username, filedOn);
	}

	void change(Assessment assessment, String reasons, String username, LocalDate filedOn) {
		this.assessment = assessment;
		this.reasons = reasons;
		this.username = username;
		this.filedOn = filedOn;
	}

	public Long getId() {
		return id;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public int getYear() {
		return year;
	}

	public Assessment getAssessment() {
		return assessment;
	}

	public String getReasons() {
		return reasons;
	}

	public String getUsername() {
		return username;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public long getVersion() {
		return version;
	}
}
