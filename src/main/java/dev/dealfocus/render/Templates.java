package dev.dealfocus.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The Qute engine over the templates under {@code templates/} on the class path. */
public final class Templates {
    private Templates() {
    }

    public static Engine engine() {
        return Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addLocator(Templates::locate).build();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        String path = "templates/" + id + (id.contains(".") ? "" : ".txt");
        if (Templates.class.getClassLoader().getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<io.quarkus.qute.Variant> getVariant() {
                return Optional.empty();
            }
        });
    }
}
