package dev.dealfocus.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API keys of {@code dealfocus.api.keys}, kept only as SHA-256 hashes: {@code sha256:<64 hex digits>},
 * optionally {@code :reader} (may only read) or {@code :operator} (the default: may also start and confirm
 * runs and run the setup). The hash of a new key: {@code printf '%s' "$KEY" | sha256sum} (docs/api.md).
 * A key given in plain text stops the start, naming the command.
 */
public final class ApiKeys {
    /** What a key may do. */
    public enum Role { READER, OPERATOR }

    private record Key(byte[] hash, Role role) {
    }

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public static ApiKeys of(DealFocusConfig config) {
        return parse(config.api().keys().orElse(List.of()));
    }

    static ApiKeys parse(List<String> entries) {
        List<Key> keys = new ArrayList<>();
        Problems problems = new Problems();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(":");
            boolean shaped = parts.length >= 2 && parts.length <= 3 && parts[0].equals("sha256") && parts[1].matches("[0-9a-fA-F]{64}");
            Role role = parts.length == 3 ? roleOf(parts[2]) : Role.OPERATOR;
            if (!shaped || role == null) {
                // never echo the entry: it may be a key in plain text
                problems.add("dealfocus.api.keys", "(an entry of " + entry.length() + " characters)", "give each key as "
                        + "sha256:<hash>[:reader|:operator], the hash from printf '%s' \"$KEY\" | sha256sum; plain keys are refused");
                continue;
            }
            keys.add(new Key(HexFormat.of().parseHex(parts[1].toLowerCase()), role));
        }
        problems.throwIfAny();
        return new ApiKeys(keys);
    }

    private static Role roleOf(String name) {
        return switch (name) {
            case "reader" -> Role.READER;
            case "operator" -> Role.OPERATOR;
            default -> null;
        };
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The role of a key given in a request, or empty when it is none of these; compared in constant time. */
    public Optional<Role> roleOfKey(String given) {
        byte[] hash = sha256(given);
        Role found = null;
        for (Key k : keys) {
            if (MessageDigest.isEqual(k.hash(), hash) && found == null) {
                found = k.role();
            }
        }
        return Optional.ofNullable(found);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
