package vn.tre.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of Tre, in Vietnam's time zone; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** Vietnam's time zone, in which every deadline falls. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}
}
