package dev.dealfocus.crm.shared;

import java.util.Map;

/** HTTP header look-up; header names are case-insensitive and CRMs and proxies spell them either way. */
public final class Headers {
    private Headers() {
    }

    /** An answer's headers, the first value of each. */
    public static Map<String, String> of(jakarta.ws.rs.core.Response answer) {
        Map<String, String> headers = new java.util.HashMap<>();
        answer.getStringHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }

    /** The value of header {@code name}, or {@code null}. */
    public static String get(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (name.equalsIgnoreCase(h.getKey())) {
                return h.getValue();
            }
        }
        return null;
    }
}
