package vn.tre.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL server when no {@code spring.datasource.url} is configured, so that
 * a first run and the tests need nothing but a JDK. Production points Tre at its own server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.resolveDataDirectory();
		Files.createDirectories(dataDir);
		OrphanedPostmaster.stopIfRunning(dataDir);
		log.info("Starting embedded PostgreSQL with data in {}", dataDir.toAbsolutePath());
		return EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(properties.isTemporary())
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "60")
				.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		var hikari = new com.zaxxer.hikari.HikariDataSource();
		hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		hikari.setUsername("postgres");
		hikari.setMaximumPoolSize(properties.getPoolSize());
		hikari.setPoolName("tre-embedded");
		return hikari;
	}
}
