package dev.dealfocus.core.scoring;

import java.util.Locale;
import java.util.Set;

/** How CRM checkbox and text values read as yes/no, and how long text is shortened for evidence. */
public final class Flags {
    private static final Set<String> TRUE = Set.of("true", "yes", "1", "y", "on", "ja");

    private Flags() {
    }

    public static boolean isTrue(String value) {
        return value != null && TRUE.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    public static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
