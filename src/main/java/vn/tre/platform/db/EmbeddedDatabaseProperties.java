package vn.tre.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the embedded database keeps its files. {@code tre.embedded-db.data-dir} defaults to
 * {@code ./data} (or {@code TRE_DATA_DIR}); the value {@code temporary} gives a throw-away folder,
 * which is what the tests use.
 */
@ConfigurationProperties("tre.embedded-db")
public class EmbeddedDatabaseProperties {

	static final String TEMPORARY = "temporary";

	private String dataDir = "./data";

	private int poolSize = 10;

	public String getDataDir() {
		return dataDir;
	}

	public void setDataDir(String dataDir) {
		this.dataDir = dataDir;
	}

	public int getPoolSize() {
		return poolSize;
	}

	public void setPoolSize(int poolSize) {
		this.poolSize = poolSize;
	}

	boolean isTemporary() {
		return TEMPORARY.equals(dataDir);
	}

	Path resolveDataDirectory() {
		if (!isTemporary() && StringUtils.hasText(dataDir)) {
			return Path.of(dataDir, "postgres");
		}
		try {
			// Not under java.io.tmpdir/embedded-pg: zonky cleans that folder itself.
			return Files.createTempDirectory("tre-test-db-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
