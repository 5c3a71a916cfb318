package vn.tre.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccountManagement;
import vn.tre.account.UserAccount;
import vn.tre.organisation.OrgUnitManagement;
import vn.tre.organisation.OrgUnitType;
import vn.tre.shared.Role;
import vn.tre.support.TestUsers;
import vn.tre.support.TreIntegrationTest;

@TreIntegrationTest
class LoginLockoutTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrgUnitManagement units;

	MockMvc mvc;

	UserAccount user;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		user = TestUsers.create(accounts, units, "38", OrgUnitType.PROVINCE, Role.PROVINCE_OFFICER);
	}

	@Test
	void logsInWithTheRightPassword() throws Exception {
		login(TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(accounts.find(user.getId()).orElseThrow().getLastLoginAt()).isNotNull();
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			login("Sai-mat-khau-" + attempt).andExpect(redirectedUrl("/login?error"));
		}

		login(TestUsers.PASSWORD).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tài khoản tạm khóa do đăng nhập sai nhiều lần")));
		assertThat(accounts.find(user.getId()).orElseThrow().getLockedUntil()).isNotNull();
	}

	@Test
	void fourWrongPasswordsDoNotLockTheAccount() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			login("Sai-mat-khau-" + attempt).andExpect(redirectedUrl("/login?error"));
		}

		login(TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
	}

	private ResultActions login(String password) throws Exception {
		return mvc.perform(post("/login").param("username", user.getUsername()).param("password", password).with(csrf()));
	}
}
