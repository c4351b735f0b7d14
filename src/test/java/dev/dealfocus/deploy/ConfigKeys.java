package dev.dealfocus.deploy;

import dev.dealfocus.config.DealFocusConfig;
import io.smallrye.config.WithName;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every configuration key of {@link DealFocusConfig}, read from the mapping itself: a name a manifest sets must be
 * one of these (map keys such as stage names are a {@code *}).
 */
final class ConfigKeys {
    private ConfigKeys() {
    }

    static List<String> all() {
        List<String> keys = new ArrayList<>();
        walk("dealfocus", DealFocusConfig.class, keys);
        return keys;
    }

    /** Whether an environment variable names a key: each {@code _} is a {@code .} or a {@code -} of the key. */
    static boolean knowsVariable(String variable) {
        String lower = variable.toLowerCase();
        return all().stream().anyMatch(k -> !k.contains("*") && k.replace('.', '_').replace('-', '_').equals(lower));
    }

    static boolean knowsProperty(String property) {
        for (String k : all()) {
            if (k.equals(property)) {
                return true;
            }
            if (k.contains("*")) {
                String prefix = k.substring(0, k.indexOf('*'));
                if (property.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void walk(String prefix, Class<?> type, List<String> keys) {
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() > 0 || m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            WithName named = m.getAnnotation(WithName.class);
            String name = prefix + "." + (named != null ? named.value() : kebab(m.getName()));
            Type returned = m.getGenericReturnType();
            Class<?> raw = m.getReturnType();
            if (raw == Optional.class) {
                Type inner = ((ParameterizedType) returned).getActualTypeArguments()[0];
                if (inner instanceof Class<?> c && group(c)) {
                    walk(name, c, keys);
                    continue;
                }
                keys.add(name);
            } else if (Map.class.isAssignableFrom(raw)) {
                keys.add(name + ".*");
            } else if (group(raw)) {
                walk(name, raw, keys);
            } else {
                keys.add(name);
            }
        }
    }

    /** A nested group of the mapping: an interface of DealFocus's own. */
    private static boolean group(Class<?> c) {
        return c.isInterface() && c.getName().startsWith("dev.dealfocus.");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
