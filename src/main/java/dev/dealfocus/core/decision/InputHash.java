package dev.dealfocus.core.decision;

import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * A hash of the rules' inputs that only people change: the properties the rules read (and no
 * other), amount, probability, close date, pipeline and contacts. DealFocus's own fields, the stage
 * (checked separately as a human edit), activity roll-ups and any bookkeeping property a CRM adds are
 * left out, so DealFocus's writes never look like a new event (crm-api-facts.md part D).
 */
public final class InputHash {
    private InputHash() {
    }

    /** @param inputProperties the properties the rules read ({@link Policy#inputProperties()}) */
    public static String of(DealSnapshot deal, Collection<String> inputProperties) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "pipeline", deal.pipeline());
        field(canonical, "amount", deal.amount() == null ? null
                : deal.amount().amount().stripTrailingZeros().toPlainString() + " " + deal.amount().currency());
        field(canonical, "probability", deal.probability() == null ? null : deal.probability().stripTrailingZeros().toPlainString());
        field(canonical, "closeDate", deal.closeDate() == null ? null : deal.closeDate().toString());
        new TreeMap<>(deal.properties()).forEach((k, v) -> {
            if (inputProperties.contains(k)) {
                field(canonical, "p." + k, v == null || v.isBlank() ? null : v.trim());
            }
        });
        deal.contacts().stream().sorted(Comparator.comparing(Contact::id)).forEach(c ->
                field(canonical, "c." + c.id(), c.buyingRole() + "/" + c.consent()));
        return sha256(canonical.toString());
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(name.length()).append(':').append(name).append('=')
                    .append(value.length()).append(':').append(value).append('\n');
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
