package vn.tre.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import vn.tre.delegation.DelegationDetails;
import vn.tre.delegation.DelegationManagement;
import vn.tre.delegation.Direction;
import vn.tre.delegation.FundingSource;
import vn.tre.delegation.HeadLevel;
import vn.tre.document.Attachments;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

/** Bad input is refused with messages on the fields, in the user's language, and what was typed stays. */
@TreIntegrationTest
class DelegationFormTests {

	@Autowired
	Logins logins;

	@Autowired
	DelegationManagement delegations;

	@Autowired
	Attachments attachments;

	@Test
	void refusesReturnBeforeDepartureEmptyPurposeAndUnknownCountryKeepingWhatWasTyped() throws Exception {
		String page = logins.mvc().perform(post("/delegations").with(logins.as("thanhhoa.canbo")).with(csrf())
				.param("direction", "OUTGOING").param("title", "Đoàn thăm Yamanashi").param("purpose", "")
				.param("headName", "Lê Quang Vinh").param("headLevel", "DEPARTMENT_LEADER").param("countries", "XX")
				.param("departureDate", "10/04/2027").param("returnDate", "08/04/2027").param("fundingSource", "STATE_BUDGET")
				.param("members[0].name", "Trần Hải Yến").param("outsidePlanReason", "Lời mời"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = org.springframework.web.util.HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Có lỗi cần sửa")
			.contains("Ngày về phải từ ngày đi trở đi.")
			.contains("Hãy nhập mục đích, nội dung của đoàn.")
			.contains("Mã quốc gia „XX\" không có trong danh mục ISO 3166.")
			.contains("value=\"Đoàn thăm Yamanashi\"").contains("value=\"Trần Hải Yến\"").contains("value=\"08/04/2027\"");
	}

	@Test
	void speaksEnglishToAnEnglishUser() throws Exception {
		String page = logins.mvc().perform(post("/delegations").with(logins.as("thanhhoa.canbo")).with(csrf())
				.param("lang", "en").param("direction", "OUTGOING").param("title", "").param("purpose", "x")
				.param("headName", "A").param("headLevel", "OTHER").param("countries", "JP")
				.param("departureDate", "31/02/2027").param("returnDate", "01/03/2027").param("fundingSource", "PARTNER"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("There is a problem").contains("Enter a title for the delegation.")
			.contains("This is not a valid date").contains("value=\"31/02/2027\"");
	}

	@Test
	void refusesAnExecutableOfTenMegabytesAsAttachment() throws Exception {
		var officer = logins.actor("thanhhoa.canbo");
		var d = delegations.create(officer, officer.unitId(), new DelegationDetails(Direction.INCOMING, "Đoàn Houaphanh",
				"Hợp tác biên giới", "Khamla Vongsa", null, HeadLevel.FOREIGN_SENIOR, List.of(), Set.of("LA"), Set.of(),
				List.of(), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 3), FundingSource.PARTNER, null, null, "Đột xuất"));
		byte[] exe = new byte[10 * 1024 * 1024];
		Arrays.fill(exe, (byte) 0x90);
		exe[0] = 'M';
		exe[1] = 'Z';
		String page = logins.mvc().perform(multipart("/attachments").file(new MockMultipartFile("file", "chuong-trinh.exe",
				MediaType.APPLICATION_OCTET_STREAM_VALUE, exe)).param("ownerType", "delegation")
				.param("ownerId", String.valueOf(d.getId())).param("returnTo", "/delegations/" + d.getId())
				.with(logins.as("thanhhoa.canbo")).with(csrf()))
			.andReturn().getFlashMap().toString();
		assertThat(attachments.list(officer, "delegation", d.getId())).isEmpty();
		assertThat(page).contains("attachmentRefusal").contains("document.refused.executable").doesNotContain("document.uploaded");
	}
}
