package dev.dealfocus.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What the review and report endpoints share: their three formats and their filter checks. */
final class ReportFormats {
    static final String CSV = "text/csv";
    static final String MARKDOWN = "text/markdown";

    private ReportFormats() {
    }

    /** The caller's first acceptable format among JSON, CSV and Markdown; JSON for anything else. */
    static MediaType preferred(List<MediaType> acceptable) {
        for (MediaType a : acceptable) {
            for (String offered : List.of(MediaType.APPLICATION_JSON, CSV, MARKDOWN)) {
                MediaType o = MediaType.valueOf(offered);
                if (!a.isWildcardType() && a.isCompatible(o)) {
                    return o;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    static void check(String name, String value) {
        if (value != null && (value.length() > 128 || value.chars().anyMatch(Character::isISOControl))) {
            throw new ProblemException(Response.Status.BAD_REQUEST, name + " has at most 128 characters and no control characters.");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
