package vn.tre.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import vn.tre.account.AccountManagement;
import vn.tre.shared.Actor;

/** Acting as a demo user in tests: a MockMvc with Spring Security, and the user's principal or actor. */
@Component
public class Logins {

	private final AccountManagement accounts;

	private final MockMvc mvc;

	Logins(AccountManagement accounts, WebApplicationContext context) {
		this.accounts = accounts;
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	/** A request post-processor that logs the demo user in. */
	public RequestPostProcessor as(String username) {
		return user(accounts.principal(username).orElseThrow());
	}

	public Actor actor(String username) {
		return accounts.principal(username).orElseThrow().actor();
	}

	public MockMvc mvc() {
		return mvc;
	}
}
