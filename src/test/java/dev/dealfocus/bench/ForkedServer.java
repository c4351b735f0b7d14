package dev.dealfocus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A simulated CRM in a JVM of its own (8 GB), on this test's class path; it prints {@code PORT <n>} once it serves. */
record ForkedServer(Process process, String baseUrl) {
    static ForkedServer fork(Class<?> main, String... args) {
        try {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx8g", "-cp", System.getProperty("java.class.path"),
                    main.getName()));
            command.addAll(java.util.List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PORT ")) {
                // WireMock's start-up lines
            }
            if (line == null) {
                throw new IllegalStateException("the simulated CRM " + main.getSimpleName() + " did not start");
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "forked-crm-output");
            drain.setDaemon(true);
            drain.start();
            return new ForkedServer(process, "http://localhost:" + line.substring(5).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        process.destroy();
    }
}
