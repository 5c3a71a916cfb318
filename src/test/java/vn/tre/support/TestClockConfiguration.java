package vn.tre.support;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the tests can move; it starts at the real time. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock clock() {
		return new MutableClock(Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}
}
