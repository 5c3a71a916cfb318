package vn.tre.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tre.organisation.OrgUnitDraft;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.support.Logins;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class OrgUnitHistoryTests {

	@Autowired
	Logins logins;

	@Autowired
	OrgUnitManagement units;

	@Test
	void showsWhoRenamedAUnitWithTheOldAndNewNames() throws Exception {
		long province = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		var commune = units.create(logins.actor("admin"), new OrgUnitDraft(OrgUnitType.COMMUNE, "38-HIST-1", "Xã Thọ Xuân Cũ",
				"Tho Xuan Cu Commune", province, LocalDate.of(2025, 7, 1), null, false));

		var saved = logins.mvc().perform(post("/org-units/" + commune.getId()).with(logins.as("admin")).with(csrf())
				.param("type", "COMMUNE").param("code", "38-HIST-1").param("nameVi", "Xã Thọ Xuân Mới")
				.param("nameEn", "Tho Xuan Moi Commune").param("parentId", String.valueOf(province))
				.param("validFrom", "01/07/2025").param("version", String.valueOf(commune.getVersion())))
			.andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/org-units/" + commune.getId());

		String history = logins.mvc().perform(get("/org-units/" + commune.getId() + "/history").with(logins.as("thanhhoa.canbo")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(history).contains("admin").contains("Xã Thọ Xuân Cũ").contains("Xã Thọ Xuân Mới");

		int otherProvince = logins.mvc().perform(get("/org-units/" + commune.getId() + "/history").with(logins.as("danang.canbo")))
			.andReturn().getResponse().getStatus();
		assertThat(otherProvince).isEqualTo(403);
	}

	@Test
	void refusesAStaleEditWithAClearMessageAndKeepsWhatWasTyped() throws Exception {
		long province = units.findCurrentByCode("38", OrgUnitType.PROVINCE).orElseThrow().getId();
		var commune = units.create(logins.actor("admin"), new OrgUnitDraft(OrgUnitType.COMMUNE, "38-HIST-2", "Xã Một",
				"Mot Commune", province, LocalDate.of(2025, 7, 1), null, false));
		String page = logins.mvc().perform(post("/org-units/" + commune.getId()).with(logins.as("admin")).with(csrf())
				.param("type", "COMMUNE").param("code", "38-HIST-2").param("nameVi", "Xã Hai Đã Gõ").param("nameEn", "Two")
				.param("parentId", String.valueOf(province)).param("version", String.valueOf(commune.getVersion() + 7)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("vừa được người khác sửa").contains("Xã Hai Đã Gõ");
		assertThat(units.find(commune.getId()).orElseThrow().getNameVi()).isEqualTo("Xã Một");
	}

	@Test
	void refusesReversedValidityAndImpossibleDatesOnTheFields() throws Exception {
		String page = logins.mvc().perform(post("/org-units").with(logins.as("admin")).with(csrf())
				.param("type", "COMMUNE").param("code", "38-HIST-3").param("nameVi", "").param("nameEn", "Three")
				.param("validFrom", "31/02/2026").param("validTo", "01/01/2020"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Có lỗi cần sửa").contains("Hãy nhập tên tiếng Việt.").contains("Ngày không hợp lệ")
			.contains("value=\"31/02/2026\"");
	}
}
