package vn.tre.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Tre process killed hard leaves its embedded postmaster running, and the next start would fail
 * on {@code postmaster.pid}; this stops such an orphan first.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private OrphanedPostmaster() {
	}

	static void stopIfRunning(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
			return;
		}
		long pid = Long.parseLong(lines.getFirst().strip());
		ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
			log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
			process.destroy();
			try {
				process.onExit().get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception e) {
				process.destroyForcibly();
			}
		});
	}
}
