package dev.dealfocus.crm.shared;

import dev.dealfocus.core.customer.CustomerFacts;
import dev.dealfocus.core.customer.Light;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a CRM record keeps a customer's signs ({@code dealfocus.customers.signals.*.property}): one mapping both
 * adapters read with, whatever their value formats (dates, datetimes, epoch milliseconds; numbers; true/false for a
 * delay). A sign without a mapped property, or with an empty value, has no data, except payment: with its property
 * mapped, an empty due date means nothing is unpaid.
 *
 * @param lastUsed       the date of the last visible use, or null
 * @param oldestUnpaidDue the due date of the oldest unpaid invoice, or null
 * @param escalations    escalations in the last 30 days, or null
 * @param changeRequests change requests in the last 90 days, or null
 * @param delays         delays now (a number, or true/false), or null
 * @param light          where the light is shown (DealFocus's own field), or null
 * @param successOwner   a customer-success owner field: where it names someone, notes and tasks go to them instead
 *                       of the account owner; or null
 * @param records        the signs counted from records instead ({@link CustomerRecords})
 * @param usageScore     a usage score (a number; below the configured minimum usage is RED), used where no
 *                       last-use date is mapped or known; or null
 */
public record CustomerProperties(String lastUsed, String oldestUnpaidDue, String escalations, String changeRequests,
                                 String delays, String light, String successOwner, CustomerRecords.Settings records,
                                 String usageScore) {
    public static final CustomerProperties NONE = new CustomerProperties(null, null, null, null, null, null, null);

    /** Every sign from a property. */
    public CustomerProperties(String lastUsed, String oldestUnpaidDue, String escalations, String changeRequests, String delays,
                              String light, String successOwner) {
        this(lastUsed, oldestUnpaidDue, escalations, changeRequests, delays, light, successOwner, CustomerRecords.Settings.NONE, null);
    }

    /** Without a usage score. */
    public CustomerProperties(String lastUsed, String oldestUnpaidDue, String escalations, String changeRequests, String delays,
                              String light, String successOwner, CustomerRecords.Settings records) {
        this(lastUsed, oldestUnpaidDue, escalations, changeRequests, delays, light, successOwner, records, null);
    }

    /** Without a customer-success owner field. */
    public CustomerProperties(String lastUsed, String oldestUnpaidDue, String escalations, String changeRequests, String delays,
                              String light) {
        this(lastUsed, oldestUnpaidDue, escalations, changeRequests, delays, light, null);
    }

    public CustomerProperties {
        lastUsed = blankToNull(lastUsed);
        oldestUnpaidDue = blankToNull(oldestUnpaidDue);
        escalations = blankToNull(escalations);
        changeRequests = blankToNull(changeRequests);
        delays = blankToNull(delays);
        light = blankToNull(light);
        successOwner = blankToNull(successOwner);
        records = records == null ? CustomerRecords.Settings.NONE : records;
        usageScore = blankToNull(usageScore);
    }

    /** Whether any sign is mapped (a property, or records counted): without one, customers are not read at all. */
    public boolean anySign() {
        return lastUsed != null || usageScore != null || oldestUnpaidDue != null || escalations != null || changeRequests != null
                || delays != null || records.any();
    }

    /** The mapped property names, to ask the CRM for. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        Stream.of(lastUsed, usageScore, oldestUnpaidDue, escalations, changeRequests, delays, light, successOwner).filter(n -> n != null && !out.contains(n))
                .forEach(out::add);
        return out;
    }

    /**
     * A customer from a record's values ({@code value} answers a property's value, or null); its owner is the
     * customer-success owner where that field names someone, else the account owner.
     */
    public CustomerFacts facts(String id, String name, String ownerId, Function<String, String> value, ZoneId zone) {
        String success = read(successOwner, value);
        return new CustomerFacts(id, name, success != null ? success : ownerId, date(read(lastUsed, value), zone),
                decimal(read(usageScore, value)), oldestUnpaidDue != null,
                date(read(oldestUnpaidDue, value), zone), count(read(escalations, value)), count(read(changeRequests, value)),
                delay(read(delays, value)), light(read(light, value)));
    }

    private static String read(String property, Function<String, String> value) {
        if (property == null) {
            return null;
        }
        String v = value.apply(property);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A date, a datetime (its day in the zone), or epoch milliseconds; anything else has no data. */
    static LocalDate date(String v, ZoneId zone) {
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("-?\\d{10,}")) {
                return LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(v)), zone);
            }
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            return LocalDate.ofInstant(v.endsWith("Z") ? Instant.parse(v) : OffsetDateTime.parse(v.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                    .toInstant(), zone);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal decimal(String v) {
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer count(String v) {
        try {
            return v == null ? null : new BigDecimal(v).intValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer delay(String v) {
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.equals("true") ? Integer.valueOf(1) : lower.equals("false") ? Integer.valueOf(0) : count(v);
    }

    static Light light(String v) {
        try {
            return v == null ? null : Light.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
