package vn.tre.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.tre.account.AccountManagement;
import vn.tre.account.AccountPrincipal;
import vn.tre.account.NewAccount;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Forbidden;
import vn.tre.shared.Role;
import vn.tre.support.TestUsers;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class UserAdministrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrgUnitManagement units;

	MockMvc mvc;

	AccountPrincipal admin;

	AccountPrincipal officer;

	long daNang;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		admin = TestUsers.principal(accounts, "admin");
		officer = TestUsers.principal(accounts, "thanhhoa.canbo");
		daNang = units.findCurrentByCode("48", OrgUnitType.PROVINCE).orElseThrow().getId();
	}

	@Test
	void refusesEveryUserAdministrationEndpointToOtherRoles() throws Exception {
		long adminId = admin.actor().userId();
		List<MockHttpServletRequestBuilder> requests = List.of(get("/admin/users"), get("/admin/users?q=hoa&role=VIEWER"),
				get("/admin/users/export"), get("/admin/users/new"), get("/admin/users/unit-options?q=thanh"),
				get("/admin/users/{id}", adminId), get("/admin/users/{id}/edit", adminId),
				get("/admin/users/{id}/password", adminId),
				post("/admin/users/new").param("username", "ke.xam.nhap").param("displayName", "X")
					.param("unitId", String.valueOf(daNang)).param("roles", "MINISTRY_ADMIN").param("password", "Matkhau2026abc"),
				post("/admin/users/{id}/edit", adminId).param("username", "admin").param("displayName", "X")
					.param("unitId", String.valueOf(daNang)).param("roles", "VIEWER").param("version", "0"),
				post("/admin/users/{id}/password", adminId).param("password", "Matkhau2026abc").param("confirmation", "Matkhau2026abc"),
				post("/admin/users/{id}/unlock", adminId), post("/admin/users/{id}/enabled", adminId).param("enabled", "false"),
				get("/api/v1/users"), get("/api/v1/users/{id}", adminId));

		for (MockHttpServletRequestBuilder request : requests) {
			mvc.perform(request.with(user(officer)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(accounts.principal("admin").orElseThrow().isEnabled()).isTrue();
		assertThat(accounts.usernameTaken("ke.xam.nhap")).isFalse();
	}

	@Test
	void facadeRefusesUserAdministrationToOtherRoles() {
		var actor = officer.actor();
		long adminId = admin.actor().userId();
		assertThatThrownBy(() -> accounts.search(actor, null, null, null, PageRequest.of(0, 20))).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> accounts.get(actor, adminId)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> accounts.setEnabled(actor, adminId, false)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> accounts.unlock(actor, adminId)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> accounts.resetPassword(actor, adminId, "Matkhau2026abc")).isInstanceOf(Forbidden.class);
	}

	@Test
	void createsAUserWhoCanThenLogIn() throws Exception {
		String username = TestUsers.uniqueName("moi");

		var result = mvc.perform(post("/admin/users/new").param("username", username).param("displayName", "Nguyễn Thị Mới")
				.param("email", username + "@danang.gov.vn").param("unitId", String.valueOf(daNang))
				.param("roles", "PROVINCE_OFFICER").param("password", "Matkhau2026abc").with(user(admin)).with(csrf()))
			.andReturn();

		UserAccount created = accounts.principal(username).map(p -> accounts.find(p.actor().userId()).orElseThrow()).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + created.getId());
		assertThat(created.getUnitId()).isEqualTo(daNang);
		assertThat(created.getRoles()).containsExactly(Role.PROVINCE_OFFICER);
		mvc.perform(get("/admin/users/{id}", created.getId()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Thị Mới")))
			.andExpect(content().string(containsString("Đà Nẵng")));
		mvc.perform(post("/login").param("username", username).param("password", "Matkhau2026abc").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesADuplicateUserNameAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/users/new").param("username", "thanhhoa.canbo").param("displayName", "Người Trùng Tên")
				.param("unitId", String.valueOf(daNang)).param("roles", "VIEWER").param("password", "Matkhau2026abc")
				.with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.")))
			.andExpect(result -> assertThat(typed(result)).contains("value=\"Người Trùng Tên\""));
	}

	@Test
	void refusesInvalidUserNamesAndPasswords() throws Exception {
		mvc.perform(post("/admin/users/new").param("username", "Lê Hoa").param("displayName", "Lê Hoa")
				.param("unitId", String.valueOf(daNang)).param("password", "ngan").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập chỉ gồm chữ thường không dấu")))
			.andExpect(content().string(containsString("Hãy chọn ít nhất một vai trò.")))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
	}

	@Test
	void exportsExactlyTheFilteredListWithHeadersInTheUsersLanguage() throws Exception {
		String marker = TestUsers.uniqueName("xuat").replace(".", "");
		UserAccount first = register("a" + marker, "Phạm Thị Xuất " + marker, Role.PROVINCE_OFFICER);
		UserAccount second = register("b" + marker, "Đặng Văn Xuất " + marker, Role.PROVINCE_LEADER);
		register("c" + marker, "Hồ Văn Khác " + marker, Role.PROVINCE_OFFICER);

		byte[] workbook = mvc.perform(get("/admin/users/export").param("q", "xuat " + marker).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(UserExcelExport.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();

		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(cells(sheet.getRow(0))).startsWith("Tên đăng nhập", "Họ và tên", "Thư điện tử", "Đơn vị", "Vai trò");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(cells(sheet.getRow(1))).startsWith(first.getUsername(), first.getDisplayName(),
					first.getEmail(), "Đà Nẵng", "Cán bộ tỉnh");
			assertThat(cells(sheet.getRow(2))).startsWith(second.getUsername(), second.getDisplayName());
		}
		byte[] english = mvc.perform(get("/admin/users/export?lang=en").param("q", marker).param("role", "PROVINCE_LEADER")
				.with(user(admin))).andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(english))) {
			assertThat(cells(book.getSheetAt(0).getRow(0))).startsWith("User name", "Name", "E-mail", "Unit", "Roles");
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(cells(book.getSheetAt(0).getRow(1))).contains(second.getUsername(), "Province leader");
		}
	}

	@Test
	void listsSearchesWithoutDiacriticsAndFiltersByUnitAndRole() throws Exception {
		String marker = TestUsers.uniqueName("tim").replace(".", "");
		register("a" + marker, "Trương Thị Tìm " + marker, Role.PROVINCE_LEADER);

		mvc.perform(get("/admin/users").param("q", "truong thi tim " + marker).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trương Thị Tìm " + marker)))
			.andExpect(content().string(containsString("1 kết quả")));
		mvc.perform(get("/admin/users").param("q", marker).param("unitId", String.valueOf(daNang))
				.param("role", "PROVINCE_LEADER").param("sort", "lastLogin").param("dir", "desc").with(user(admin)))
			.andExpect(content().string(containsString("a" + marker)));
		mvc.perform(get("/admin/users").param("q", marker).param("role", "VIEWER").with(user(admin)))
			.andExpect(content().string(not(containsString("a" + marker))))
			.andExpect(content().string(containsString("Không có người dùng nào khớp với điều kiện lọc.")));
	}

	@Test
	void offersUnitsMatchingWhatWasTyped() throws Exception {
		mvc.perform(get("/admin/users/unit-options").param("q", "da nang").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + daNang + "\">Đà Nẵng")));
	}

	@Test
	void refusesToRemoveTheAdministratorsOwnAdministratorRole() throws Exception {
		UserAccount me = accounts.find(admin.actor().userId()).orElseThrow();

		mvc.perform(post("/admin/users/{id}/edit", me.getId()).param("username", "admin").param("displayName", me.getDisplayName())
				.param("unitId", String.valueOf(me.getUnitId())).param("roles", "MINISTRY_OFFICER").param("enabled", "true")
				.param("version", String.valueOf(me.getVersion())).with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn không thể tự bỏ vai trò Quản trị viên Bộ của chính mình.")));

		assertThat(accounts.find(me.getId()).orElseThrow().getRoles()).contains(Role.MINISTRY_ADMIN);
	}

	@Test
	void keepsTypedValuesWhenSomeoneElseChangedTheUserMeanwhile() throws Exception {
		UserAccount user = register(TestUsers.uniqueName("cu"), "Tên Cũ", Role.VIEWER);
		mvc.perform(post("/admin/users/{id}/edit", user.getId()).param("username", user.getUsername())
				.param("displayName", "Tên Mới Của Tôi").param("unitId", String.valueOf(daNang)).param("roles", "VIEWER")
				.param("enabled", "true").param("version", String.valueOf(user.getVersion())).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + user.getId()));

		mvc.perform(post("/admin/users/{id}/edit", user.getId()).param("username", user.getUsername())
				.param("displayName", "Tên Gõ Sau").param("unitId", String.valueOf(daNang)).param("roles", "VIEWER")
				.param("enabled", "true").param("version", String.valueOf(user.getVersion())).with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản ghi này vừa được người khác sửa.")))
			.andExpect(result -> assertThat(typed(result)).contains("value=\"Tên Gõ Sau\""));

		assertThat(accounts.find(user.getId()).orElseThrow().getDisplayName()).isEqualTo("Tên Mới Của Tôi");
	}

	@Test
	void resetsPasswordsUnlocksAndDisablesAccounts() throws Exception {
		UserAccount user = register(TestUsers.uniqueName("khoa"), "Người Bị Khóa", Role.PROVINCE_OFFICER);
		for (int i = 0; i < 5; i++) {
			accounts.recordFailedLogin(user.getUsername());
		}
		mvc.perform(get("/admin/users/{id}", user.getId()).with(user(admin)))
			.andExpect(content().string(containsString("Tạm khóa")))
			.andExpect(content().string(containsString("Mở khóa")));

		mvc.perform(post("/admin/users/{id}/unlock", user.getId()).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + user.getId()));
		assertThat(accounts.find(user.getId()).orElseThrow().getLockedUntil()).isNull();

		mvc.perform(post("/admin/users/{id}/password", user.getId()).param("password", "Matkhau2026xyz")
				.param("confirmation", "Matkhau2026xy").with(user(admin)).with(csrf()))
			.andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp nhau.")));
		mvc.perform(post("/admin/users/{id}/password", user.getId()).param("password", "Matkhau2026xyz")
				.param("confirmation", "Matkhau2026xyz").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + user.getId()));
		assertThat(accounts.isOwnPassword(accounts.find(user.getId()).orElseThrow().actor(), "Matkhau2026xyz")).isTrue();

		mvc.perform(post("/admin/users/{id}/enabled", user.getId()).param("enabled", "false").with(user(admin)).with(csrf()));
		assertThat(accounts.find(user.getId()).orElseThrow().isEnabled()).isFalse();
		mvc.perform(post("/login").param("username", user.getUsername()).param("password", "Matkhau2026xyz").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void doesNotLetAnAdministratorDisableTheirOwnAccount() throws Exception {
		long adminId = admin.actor().userId();
		mvc.perform(post("/admin/users/{id}/enabled", adminId).param("enabled", "false").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + adminId));
		assertThat(accounts.find(adminId).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void servesUsersToAdministratorsThroughTheApiWithoutPasswordHashes() throws Exception {
		long officerId = officer.actor().userId();
		mvc.perform(get("/api/v1/users").param("q", "thanhhoa.canbo").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].username").value("thanhhoa.canbo"))
			.andExpect(jsonPath("$.items[0].unit.code").value("38"))
			.andExpect(content().string(not(containsString("password"))))
			.andExpect(content().string(not(containsString("{bcrypt}"))));
		mvc.perform(get("/api/v1/users/{id}", officerId).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("PROVINCE_OFFICER"));
		mvc.perform(get("/api/v1/users/{id}", 987654321L).with(user(admin))).andExpect(status().isNotFound());
	}

	private UserAccount register(String username, String displayName, Role role) {
		return accounts.register(new NewAccount(username, displayName, username + "@tre.test", daNang, Set.of(role), true),
				TestUsers.PASSWORD);
	}

	/** The page as the browser reads it: Thymeleaf writes non-ASCII letters in attribute values as entities. */
	private static String typed(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach(cell -> values.add(cell.getStringCellValue()));
		return values;
	}
}
