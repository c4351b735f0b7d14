package dev.dealfocus.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealfocus.core.Fixtures;
import dev.dealfocus.testing.Mappers;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded database the service uses by default (a file in dev, memory here). */
class H2StoreTest extends StoreContractTest {
    private static JdbcDataSource dataSource;

    @BeforeAll
    static void start() {
        dataSource = h2("jdbc:h2:mem:store-test;DB_CLOSE_DELAY=-1");
        migrate(dataSource);
    }

    static JdbcDataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return ds;
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Test
    void givenFileDatabase_reopening_keepsWhatWasWritten(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("dealfocus") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcDataSource first = h2(url);
        migrate(first);
        new JdbcDecisionStore(first, Mappers.service(), Fixtures.CLOCK).bindAccount("demo:demo");
        closeAll(first);
        JdbcDataSource again = h2(url);
        migrate(again);
        assertThat(new JdbcDecisionStore(again, Mappers.service(), Fixtures.CLOCK).boundAccount()).contains("demo:demo");
        closeAll(again);
    }

    private static void closeAll(JdbcDataSource ds) {
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
