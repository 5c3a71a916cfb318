package vn.tre.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccessTokenManagement;
import vn.tre.account.AccountManagement;
import vn.tre.account.AccountPrincipal;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;
import vn.tre.support.TestUsers;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class AccountControllerTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccessTokenManagement tokens;

	@Autowired
	OrgUnitManagement units;

	MockMvc mvc;

	UserAccount account;

	AccountPrincipal principal;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		account = TestUsers.create(accounts, units, "38", OrgUnitType.PROVINCE, Role.PROVINCE_OFFICER);
		principal = TestUsers.principal(accounts, account.getUsername());
	}

	@Test
	void showsProfileWithUnitAndTranslatedRoles() throws Exception {
		mvc.perform(get("/account").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(account.getUsername())))
			.andExpect(content().string(containsString("Thanh Hóa")))
			.andExpect(content().string(containsString("Cán bộ tỉnh")));
		mvc.perform(get("/account?lang=fr").with(user(principal)))
			.andExpect(content().string(containsString("Agent provincial")));
	}

	@Test
	void refusesPasswordChangeWithWrongCurrentPassword() throws Exception {
		changePassword("Khong-dung-1", "Matkhaumoi2027", "Matkhaumoi2027")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));

		assertThat(accounts.isOwnPassword(principal.actor(), TestUsers.PASSWORD)).isTrue();
	}

	@Test
	void refusesNewPasswordsThatBreakThePasswordPolicy() throws Exception {
		changePassword(TestUsers.PASSWORD, "ngan1", "ngan1")
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
		changePassword(TestUsers.PASSWORD, "chicochukhongso", "chicochukhongso")
			.andExpect(content().string(containsString("Mật khẩu phải có cả chữ và số.")));
		changePassword(TestUsers.PASSWORD, account.getUsername() + "1", account.getUsername() + "1")
			.andExpect(content().string(containsString("Mật khẩu không được chứa tên đăng nhập.")));

		assertThat(accounts.isOwnPassword(principal.actor(), TestUsers.PASSWORD)).isTrue();
	}

	@Test
	void refusesDifferingConfirmation() throws Exception {
		changePassword(TestUsers.PASSWORD, "Matkhaumoi2027", "Matkhaumoi2028")
			.andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp nhau.")));

		assertThat(accounts.isOwnPassword(principal.actor(), TestUsers.PASSWORD)).isTrue();
	}

	@Test
	void changesOwnPasswordSoThatTheNewOneLogsIn() throws Exception {
		changePassword(TestUsers.PASSWORD, "Matkhaumoi2027", "Matkhaumoi2027")
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flashSuccess", "account.password.changed"));

		mvc.perform(post("/login").param("username", account.getUsername()).param("password", "Matkhaumoi2027").with(csrf()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").param("username", account.getUsername()).param("password", TestUsers.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void showsANewTokenOnceAndItCallsTheApiUntilRevoked() throws Exception {
		var created = mvc.perform(post("/account/tokens").param("name", "Báo cáo tự động").param("validDays", "30")
				.with(user(principal)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens/created"))
			.andReturn();
		String secret = (String) created.getFlashMap().get("issuedSecret");
		assertThat(secret).startsWith("tre_");

		mvc.perform(get("/account/tokens/created").flashAttrs(created.getFlashMap()).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(secret)));
		mvc.perform(get("/account/tokens/created").with(user(principal))).andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").with(user(principal)))
			.andExpect(content().string(containsString("Báo cáo tự động")))
			.andExpect(content().string(not(containsString(secret))));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(account.getUsername()))
			.andExpect(jsonPath("$.unit.code").value("38"))
			.andExpect(jsonPath("$.unit.nameVi").value("Thanh Hóa"))
			.andExpect(jsonPath("$.roles[0]").value("PROVINCE_OFFICER"));

		long tokenId = tokens.ofActor(principal.actor()).getFirst().getId();
		mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(user(principal)).with(csrf()))
			.andExpect(redirectedUrl("/account#tokens"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesTokensWithoutNameOrWithValidityOutOfRange() throws Exception {
		mvc.perform(post("/account/tokens").param("name", " ").param("validDays", "400").with(user(principal)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy đặt tên cho mã truy cập.")))
			.andExpect(content().string(containsString("Thời hạn phải từ 1 đến 365 ngày.")));

		assertThat(tokens.ofActor(principal.actor())).isEmpty();
	}

	@Test
	void doesNotRevokeAnotherUsersToken() throws Exception {
		var other = TestUsers.principal(accounts,
				TestUsers.create(accounts, units, "48", OrgUnitType.PROVINCE, Role.PROVINCE_OFFICER).getUsername());
		long othersToken = tokens.create(other.actor(), "Của người khác", null).id();

		mvc.perform(post("/account/tokens/{id}/revoke", othersToken).with(user(principal)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tokens.ofActor(other.actor()).getFirst().getRevokedAt()).isNull();
	}

	@Test
	void answersMeForASessionAndRefusesAnonymousCallers() throws Exception {
		mvc.perform(get("/api/v1/me").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(account.getId()))
			.andExpect(jsonPath("$.displayName").value(account.getDisplayName()))
			.andExpect(jsonPath("$.unit.nameEn").exists());
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer tre_unknown")).andExpect(status().isUnauthorized());
	}

	private ResultActions changePassword(String current, String newPassword, String confirmation) throws Exception {
		return mvc.perform(post("/account/password").param("currentPassword", current).param("newPassword", newPassword)
			.param("confirmation", confirmation).with(user(principal)).with(csrf()));
	}
}
