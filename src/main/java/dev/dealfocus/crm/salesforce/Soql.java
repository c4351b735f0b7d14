package dev.dealfocus.crm.salesforce;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SOQL text as DealFocus sends it: literals quoted and escaped (SOQL's backslash escapes), datetimes
 * unquoted in UTC, and {@code IN (...)} lists cut so that a query's URI stays under Salesforce's
 * 16,384-byte limit for the URI and headers together (Help article 000386264).
 */
final class Soql {
    /** Salesforce's URI and headers limit is 16,384 bytes; the rest is room for the path and the headers. */
    static final int MAX_QUERY_BYTES = 12_000;
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");

    private Soql() {
    }

    /** A string literal: {@code 'it\'s'}. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** A datetime literal, unquoted, in UTC to the second: {@code 2026-11-30T09:00:00Z}. */
    static String datetime(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Whether {@code id} looks like a Salesforce record id (15 or 18 letters and digits); anything else finds nothing. */
    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Whether two record ids name one record: the 18-character form adds a case checksum to the 15-character one. */
    static boolean sameId(String a, String b) {
        return a != null && b != null && a.trim().length() >= 15 && b.trim().length() >= 15
                && a.trim().substring(0, 15).equals(b.trim().substring(0, 15));
    }

    /**
     * {@code prefix + "IN (" + values + ")" + suffix} queries, as few as the URI limit allows: each value
     * once, in order. Values are quoted here.
     */
    static List<String> inChunks(String prefix, Collection<String> values, String suffix) {
        List<String> queries = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        int fixed = encodedLength(prefix + "IN ()" + suffix);
        int length = fixed;
        for (String value : values.stream().distinct().toList()) {
            String literal = quote(value);
            int more = encodedLength(literal) + (list.length() == 0 ? 0 : encodedLength(","));
            if (list.length() > 0 && length + more > MAX_QUERY_BYTES) {
                queries.add(prefix + "IN (" + list + ")" + suffix);
                list.setLength(0);
                length = fixed;
                more = encodedLength(literal);
            }
            if (list.length() > 0) {
                list.append(',');
            }
            list.append(literal);
            length += more;
        }
        if (list.length() > 0) {
            queries.add(prefix + "IN (" + list + ")" + suffix);
        }
        return queries;
    }

    static int encodedLength(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).length();
    }
}
