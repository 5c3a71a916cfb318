package vn.tre.delegation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, reminds officers whose post-trip report is late. */
@Component
class OverdueReportJob {

	private final DelegationManagement delegations;

	OverdueReportJob(DelegationManagement delegations) {
		this.delegations = delegations;
	}

	@Scheduled(cron = "0 30 7 * * *", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = "delegation-overdue-reports")
	void run() {
		delegations.remindOverdueReports();
	}
}
