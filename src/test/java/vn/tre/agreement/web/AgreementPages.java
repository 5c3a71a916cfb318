package vn.tre.agreement.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.tre.agreement.Agreement;
import vn.tre.agreement.AgreementDetails;
import vn.tre.agreement.AgreementKind;
import vn.tre.agreement.AgreementManagement;
import vn.tre.agreement.ConsultedBody;
import vn.tre.agreement.CooperationField;
import vn.tre.agreement.ForeignParty;
import vn.tre.agreement.OpinionAnswer;
import vn.tre.agreement.OpinionRequest;
import vn.tre.partner.PartnerDirectory;
import vn.tre.partner.PartnerFilter;
import vn.tre.shared.Actor;
import vn.tre.support.Logins;

/** Agreements in a given state for the page tests, made through the façade, and pages read as text. */
final class AgreementPages {

	private final AgreementManagement agreements;

	private final PartnerDirectory partners;

	private final Logins logins;

	AgreementPages(AgreementManagement agreements, PartnerDirectory partners, Logins logins) {
		this.agreements = agreements;
		this.partners = partners;
		this.logins = logins;
	}

	long partner(String name) {
		return partners.search(logins.actor("admin"), PartnerFilter.none().withQuery(name), PageRequest.of(0, 1))
			.getContent().getFirst().getId();
	}

	Agreement draft(Actor officer, String title, long partnerId, CooperationField... fields) {
		return agreements.create(officer, officer.unitId(), new AgreementDetails(title, "Memorandum " + title,
				AgreementKind.MEMORANDUM_OF_UNDERSTANDING, null, "Nội dung: " + title, "Nguyễn Văn An",
				"Phó Chủ tịch UBND tỉnh", List.of(new ForeignParty(partnerId, "Kim Min-jun", "Thị trưởng")), Set.of(fields),
				Set.of("vi", "ja"), null, null, null, null));
	}

	/** A draft consulted with an outside body that agreed, and the decision to sign taken on the given day. */
	Agreement decided(Actor officer, String title, long partnerId, LocalDate decidedOn) {
		Agreement agreement = draft(officer, title, partnerId, CooperationField.LABOUR);
		long id = agreement.getId();
		OpinionRequest request = agreements.requestOpinions(officer, id, agreement.getVersion(),
				List.of(ConsultedBody.outside("Bộ Công an")), decidedOn.minusDays(5)).getFirst();
		agreements.answerOpinion(officer, id, request.getId(), request.getVersion(), OpinionAnswer.AGREE, null,
				decidedOn.minusDays(2));
		return agreements.decideToSign(officer, id, agreements.get(officer, id).getVersion(), "15/QĐ-UBND", decidedOn,
				"Chủ tịch UBND tỉnh");
	}

	/** The page the user sees, unescaped. */
	String page(String username, String path) throws Exception {
		return text(logins.mvc().perform(get(path).with(logins.as(username))).andReturn());
	}

	/** The page a redirect leads to, with the flash attributes the redirect carried. */
	String followed(String username, MvcResult redirect) throws Exception {
		return text(logins.mvc().perform(get(redirect.getResponse().getRedirectedUrl()).with(logins.as(username))
				.flashAttrs(redirect.getFlashMap())).andReturn());
	}

	static String text(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
