package vn.tre.agreement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every early morning, applies the agreements' dates and raises or resolves their early warnings. */
@Component
class AgreementWarningJob {

	private final AgreementMonitoring monitoring;

	AgreementWarningJob(AgreementMonitoring monitoring) {
		this.monitoring = monitoring;
	}

	@Scheduled(cron = "0 15 5 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "agreement-warnings")
	void run() {
		monitoring.run();
	}
}
