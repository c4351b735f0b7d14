package dev.dealfocus.render;

import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.Signal;
import dev.dealfocus.core.scoring.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences of one language ({@code templates/<locale>/wording.properties}): reasons as checkable
 * criteria with dates people read ("no dated next step since 30 October 2026"), statuses, consent,
 * signals and the open points an exit draft may name.
 */
public final class Wording {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Locale locale;
    private final Properties texts = new Properties();
    private final DateTimeFormatter dates;

    public Wording(String language) {
        this.locale = Locale.forLanguageTag(language);
        String path = "templates/" + language + "/wording.properties";
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no wording for language " + language + " (" + path + ")");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.dates = DateTimeFormatter.ofPattern(text("date.pattern"), locale);
    }

    public String language() {
        return locale.getLanguage();
    }

    public String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("wording " + locale + " lacks " + key);
        }
        return value;
    }

    /** A text with {name} placeholders filled in. */
    public String text(String key, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String date(LocalDate day) {
        return day == null ? text("none") : dates.format(day);
    }

    public String money(String plain) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal(plain));
    }

    public String status(Status status) {
        return status == null ? text("none") : text("status." + status.name());
    }

    public String consent(Consent consent) {
        return text("consent." + consent.name());
    }

    public String dimension(Dimension dimension) {
        return text("dimension." + dimension.name());
    }

    public String openPoint(Dimension dimension) {
        return text("open." + dimension.name());
    }

    /** "a", "a and b", "a, b and c". */
    public String list(java.util.List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(text("list.separator"), items.subList(0, items.size() - 1)) + text("list.and")
                + items.get(items.size() - 1);
    }

    /** A dimension's evidence: the rep's own text as written, DealFocus's own sentences in this language. */
    public String evidence(dev.dealfocus.core.scoring.DimensionScore score) {
        String kind = score.facts().get("kind");
        if (kind == null) {
            String english = score.dimension().label() + ": ";
            return score.evidence().startsWith(english) ? score.evidence().substring(english.length()) : score.evidence();
        }
        Map<String, String> facts = new HashMap<>(score.facts());
        facts.replaceAll(this::format);
        return text("evidence." + kind, facts);
    }

    /** A reason as one sentence in this language, its facts formatted for people. */
    public String reason(Reason reason) {
        Map<String, String> facts = new HashMap<>(reason.facts());
        facts.replaceAll((name, value) -> format(name, value));
        String key = "reason." + reason.code().name();
        if (reason.code().name().startsWith("MISSING_")) {
            return text("missing." + facts.getOrDefault("dimension", reason.code().name().substring(8)));
        }
        if (facts.containsKey("expired")) {
            key += ".expired";
        } else if (facts.containsKey("cleared")) {
            key += ".cleared";
        } else if (reason.code().name().equals("NO_NEW_EVENT") && facts.containsKey("reengageOn")) {
            key += ".closed";
        }
        return text(key, facts);
    }

    private String format(String name, String value) {
        switch (name) {
            case "since", "expiredAfter", "reengageOn", "date", "until":
                return date(LocalDate.parse(value));
            case "perHour", "median", "amount":
                return money(value);
            case "status", "rules", "next":
                return "null".equals(value) ? text("none") : status(Status.valueOf(value));
            case "signals":
                return Arrays.stream(value.split(",")).map(s -> text("signal." + Signal.valueOf(s).name()))
                        .collect(Collectors.joining(text("list.separator")));
            case "factor":
                return new BigDecimal(value).multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
            case "dimension":
                return value;
            default:
                return value;
        }
    }
}
