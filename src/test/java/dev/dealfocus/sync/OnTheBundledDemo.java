package dev.dealfocus.sync;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Run-level tests on the bundled 51-deal demo pipeline, each on a fresh demo CRM and database. */
abstract class OnTheBundledDemo {
    @TempDir
    Path stateDir;
    RunHarness h;

    @BeforeEach
    void openTheDemo() throws Exception {
        h = RunHarness.bundled(stateDir);
    }
}
