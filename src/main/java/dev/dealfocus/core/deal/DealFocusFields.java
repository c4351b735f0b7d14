package dev.dealfocus.core.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the CRM shows now in DealFocus's own deal fields, as canonical strings ({@link DealField}).
 * Writes are planned against these values, so a write that changes nothing is never planned. Every
 * field may be empty; a value the CRM holds in another form reads as empty.
 */
public record DealFocusFields(Map<DealField, String> values) {
    public DealFocusFields {
        Map<DealField, String> copy = new EnumMap<>(DealField.class);
        if (values != null) {
            values.forEach((field, value) -> {
                if (value != null && !value.isBlank()) {
                    copy.put(field, value.trim());
                }
            });
        }
        values = Map.copyOf(copy);
    }

    public static DealFocusFields empty() {
        return new DealFocusFields(Map.of());
    }

    /** The classic five, for CRMs and tests that show only those. */
    public static DealFocusFields of(Integer score, Status status, String reasons, LocalDate expiresOn,
                                     Status recommendedStatus) {
        Map<DealField, String> values = new EnumMap<>(DealField.class);
        put(values, DealField.SCORE, score);
        put(values, DealField.STATUS, status);
        put(values, DealField.REASONS, reasons);
        put(values, DealField.EXPIRES_ON, expiresOn);
        put(values, DealField.RECOMMENDED_STATUS, recommendedStatus);
        return new DealFocusFields(values);
    }

    private static void put(Map<DealField, String> values, DealField field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    /** The raw canonical value, or {@code null}. */
    public String get(DealField field) {
        return values.get(field);
    }

    /**
     * Whether the CRM already shows {@code value} (empty = nothing) in {@code field}. Numbers compare by
     * value and instants by the moment, since a CRM may echo "300" as "300.00" or add milliseconds.
     */
    public boolean shows(DealField field, String value) {
        String before = get(field) == null ? "" : get(field);
        String after = value == null ? "" : value.trim();
        return before.equals(after) || sameNumber(before, after) || sameInstant(before, after);
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return Instant.parse(a).equals(Instant.parse(b));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    public Integer score() {
        try {
            String v = get(DealField.SCORE);
            return v == null ? null : new BigDecimal(v).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    public Status status() {
        return status(get(DealField.STATUS));
    }

    public Status recommendedStatus() {
        return status(get(DealField.RECOMMENDED_STATUS));
    }

    public String reasons() {
        return get(DealField.REASONS);
    }

    public LocalDate expiresOn() {
        return date(get(DealField.EXPIRES_ON));
    }

    public LocalDate ownTaskDue() {
        return date(get(DealField.OWN_TASK_DUE));
    }

    public Instant ownActivityAt() {
        try {
            String v = get(DealField.OWN_ACTIVITY_AT);
            return v == null ? null : Instant.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Status status(String value) {
        try {
            return value == null ? null : Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null; // an option DealFocus does not know, e.g. one an admin added in the CRM
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
