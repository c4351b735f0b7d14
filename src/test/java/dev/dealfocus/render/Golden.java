package dev.dealfocus.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected text lies in src/test/resources/golden; a difference fails the test.
 * After a deliberate change of wording, {@code ./mvnw test -Dgolden.update=true} rewrites them; read
 * the diff before committing it.
 */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (rewrite with -Dgolden.update=true)", file).exists();
        assertThat(actual).as("rendered text against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
