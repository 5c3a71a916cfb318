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
import org.jspecify.annotations.Nullable;

/**
 * A request for a written opinion on a proposal to sign (Art. 19(1)), addressed to a unit in Tre (the
 * ministry answers it here) or to a body outside Tre (the requesting unit records the answer it received).
 */
@Entity
@Table(schema = "agreement", name = "opinion_request")
public class OpinionRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long agreementId;

	private @Nullable Long consultedUnitId;

	private @Nullable String consultedBody;

	private LocalDate requestedOn;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private @Nullable OpinionAnswer answer;

	private @Nullable String answerText;

	private @Nullable LocalDate answeredOn;

	private @Nullable String answeredBy;

	@Version
	private long version;

	protected OpinionRequest() {
	}

	OpinionRequest(long agreementId, @Nullable Long consultedUnitId, @Nullable String consultedBody, LocalDate requestedOn,
			LocalDate dueOn) {
		if (consultedUnitId == null && (consultedBody == null || consultedBody.isBlank())) {
			throw new AgreementRefused("agreement.error.noConsultedBody", "consulted");
		}
		this.agreementId = agreementId;
		this.consultedUnitId = consultedUnitId;
		this.consultedBody = consultedUnitId == null ? consultedBody : null;
		this.requestedOn = requestedOn;
		this.dueOn = dueOn;
	}

	void answer(OpinionAnswer answer, @Nullable String text, LocalDate on, String by) {
		if (this.answer != null) {
			throw new AgreementRefused("agreement.error.alreadyAnswered");
		}
		if (on.isBefore(requestedOn)) {
			throw new AgreementRefused("agreement.error.answerBeforeRequest", "answeredOn");
		}
		if (answer != OpinionAnswer.AGREE && (text == null || text.isBlank())) {
			throw new AgreementRefused("agreement.error.answerTextRequired", "answerText");
		}
		this.answer = answer;
		this.answerText = text;
		this.answeredOn = on;
		this.answeredBy = by;
	}

	public boolean answered() {
		return answer != null;
	}

	public boolean disagrees() {
		return answer == OpinionAnswer.DISAGREE;
	}

	/** Whether the answer is late on the given day. */
	public boolean overdueOn(LocalDate today) {
		return answer == null && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getAgreementId() {
		return agreementId;
	}

	public @Nullable Long getConsultedUnitId() {
		return consultedUnitId;
	}

	public @Nullable String getConsultedBody() {
		return consultedBody;
	}

	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public @Nullable OpinionAnswer getAnswer() {
		return answer;
	}

	public @Nullable String getAnswerText() {
		return answerText;
	}

	public @Nullable LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public @Nullable String getAnsweredBy() {
		return answeredBy;
	}

	public long getVersion() {
		return version;
	}
}
