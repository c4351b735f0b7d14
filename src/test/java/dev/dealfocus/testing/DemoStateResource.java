package dev.dealfocus.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Gives every test application a fresh, empty demo CRM state, so no run of an earlier build leaks in. */
public class DemoStateResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        try {
            return Map.of("dealfocus.demo.state-dir", Files.createTempDirectory("dealfocus-demo-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
