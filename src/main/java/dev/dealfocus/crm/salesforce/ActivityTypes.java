package dev.dealfocus.crm.salesforce;

import java.util.Objects;
import java.util.Set;

/**
 * Which Tasks are calls and emails: the field ({@code dealfocus.salesforce.activity-type-field}) and its values
 * ({@code .call-types}, {@code .email-types}); every other completed Task is a task.
 */
public record ActivityTypes(String field, Set<String> calls, Set<String> emails) {
    public static final ActivityTypes DEFAULT = new ActivityTypes("TaskSubtype", Set.of("Call"), Set.of("Email"));

    public ActivityTypes {
        Objects.requireNonNull(field, "field");
        if (!field.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a field name: " + field);
        }
        calls = Set.copyOf(calls);
        emails = Set.copyOf(emails);
    }
}
