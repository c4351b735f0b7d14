package dev.dealfocus.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real PostgreSQL (Maven Central binaries) that a test can stop and start again on the same port and data
 * directory: the store going away under a running service, and coming back. The profile sets
 * {@code quarkus.datasource.db-kind=postgresql} (fixed at build time).
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;
    private static Path data;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            data = Files.createTempDirectory("dealfocus-pg");
            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
            port = postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url",
                postgres.getJdbcUrl("postgres", "postgres"), "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The database goes away: connections break, new ones are refused. */
    public static synchronized void stopDatabase() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database comes back where it was, with its data. */
    public static synchronized void startDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        stopDatabase();
    }
}
