package vn.tre.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentsTests {

	@Test
	void namesBrowserAndSystem() {
		assertThat(UserAgents.summary("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/140.0.0.0 Safari/537.36")).isEqualTo("Chrome · Windows");
		assertThat(UserAgents.summary("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0")).isEqualTo("Edge · Windows");
		assertThat(UserAgents.summary("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).isEqualTo("Safari · iPadOS");
	}

	@Test
	void shortensWhatItDoesNotKnow() {
		assertThat(UserAgents.summary("x".repeat(60))).hasSize(41).endsWith("…");
		assertThat(UserAgents.summary(null)).isEmpty();
	}
}
