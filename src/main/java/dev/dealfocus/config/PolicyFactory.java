package dev.dealfocus.config;

import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.decision.Bands;
import dev.dealfocus.core.decision.BusinessCalendar;
import dev.dealfocus.core.decision.ExpiryAction;
import dev.dealfocus.core.decision.ExpiryRule;
import dev.dealfocus.core.decision.PipelineRules;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.ScopePolicy;
import dev.dealfocus.core.decision.Signal;
import dev.dealfocus.core.decision.SignalPolicy;
import dev.dealfocus.core.decision.TaskPolicy;
import dev.dealfocus.core.decision.ValuePolicy;
import dev.dealfocus.core.scoring.Dimension;
import dev.dealfocus.core.scoring.DimensionMapping;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates {@code dealfocus.*} into the core's {@link Policy}, checking everything a typo could
 * break; all problems are reported at once, each with its key and the fix.
 */
public final class PolicyFactory {
    private PolicyFactory() {
    }

    /**
     * @param dealProperties the deal properties the CRM knows; empty when it cannot tell
     * @param ruleSetVersion a fingerprint of the rule settings, journaled with every decision
     */
    public static Policy build(DealFocusConfig c, Set<String> dealProperties, String ruleSetVersion) {
        Problems problems = new Problems();
        ZoneId zone = zone(c.timeZone(), problems);
        if (!List.of("en", "de").contains(c.locale())) {
            problems.add("dealfocus.locale", c.locale(), "use en or de");
        }
        PipelineRules defaults = new PipelineRules(bands("dealfocus.bands", c.bands().activeMin(), c.bands().nurtureMin(), problems),
                expiry("dealfocus.expiry", c.expiry().days(), c.expiry().action(), problems),
                stages("dealfocus.stages", c.stages(), problems));
        Map<String, PipelineRules> pipelines = new HashMap<>();
        c.pipelines().forEach((id, p) -> {
            String key = "dealfocus.pipelines.\"" + id + "\"";
            pipelines.put(id, new PipelineRules(
                    bands(key, p.activeMin().orElse(defaults.bands().activeMin()), p.nurtureMin().orElse(defaults.bands().nurtureMin()), problems),
                    expiry(key + ".expiry", p.expiryDays().orElse(defaults.expiry().days()),
                            p.expiryAction().orElse(c.expiry().action()), problems),
                    p.stages().isEmpty() ? defaults.stages() : stages(key + ".stages", p.stages(), problems)));
        });
        Map<Dimension, DimensionMapping> dimensions = DimensionFactory.build(c.dimensions(), problems);
        Set<String> mapped = new HashSet<>();
        dimensions.values().forEach(m -> mapped.addAll(m.properties()));
        SignalPolicy signals = signals(c.signals(), problems);
        mapped.addAll(signals.flagProperties().values());
        ValuePolicy value = value(c.value(), problems);
        c.value().marginProperty().ifPresent(mapped::add);
        c.value().hoursProperty().ifPresent(mapped::add);
        if (!dealProperties.isEmpty()) {
            mapped.stream().filter(p -> !dealProperties.contains(p)).sorted().forEach(p -> problems.add(
                    "a mapping to the deal property", p, "the " + c.crm().provider() + " CRM has no such deal property; "
                            + "check the spelling, create the property or let DealFocus's CRM user see it (search docs/configuration.md for the key that names it)"));
        }
        if (c.safetyCap().signum() < 0 || c.safetyCap().compareTo(BigDecimal.ONE) > 0) {
            problems.add("dealfocus.safety-cap", c.safetyCap(), "use a share between 0 and 1, e.g. 0.20 for 20 %");
        }
        TaskPolicy tasks = tasks(c.tasks(), c.fallbackOwner().orElse(null), problems);
        if (c.qualification().graceDays() < 0) {
            problems.add("dealfocus.qualification.grace-days", c.qualification().graceDays(), "use 0 or more days (0 = no grace)");
        }
        BusinessCalendar calendar = calendar(c.calendar(), problems);
        problems.throwIfAny();
        ScopePolicy scope = new ScopePolicy(Set.copyOf(c.scope().pipelines().orElse(List.of())),
                Set.copyOf(c.scope().owners().orElse(List.of())), Set.copyOf(c.scope().teams().orElse(List.of())),
                c.scope().optOutProperty());
        return new Policy(zone, dimensions, defaults, pipelines, signals, value, scope, tasks, calendar,
                c.qualification().graceDays(), c.autoClose(), c.recommendOnly(), c.safetyCap(), ruleSetVersion);
    }

    private static ZoneId zone(String id, Problems problems) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problems.add("dealfocus.time-zone", id, "use a time-zone name such as Europe/Berlin or America/New_York");
            return ZoneId.of("UTC");
        }
    }

    private static Bands bands(String prefix, int active, int nurture, Problems problems) {
        if (active < 0 || active > 100) {
            problems.add(prefix + ".active-min", active, "use a score from 0 to 100");
        }
        if (nurture < 0 || nurture > 100) {
            problems.add(prefix + ".nurture-min", nurture, "use a score from 0 to 100");
        }
        if (nurture > active) {
            problems.add(prefix + ".nurture-min", nurture, "must not be above " + prefix + ".active-min=" + active
                    + "; lower nurture-min or raise active-min");
        }
        return nurture > active || active > 100 || nurture < 0 ? Bands.DEFAULT : new Bands(active, nurture);
    }

    private static ExpiryRule expiry(String prefix, int days, String action, Problems problems) {
        if (days < 1) {
            problems.add(prefix + ".days", days, "use at least 1 day");
        }
        ExpiryAction parsed = ExpiryAction.PARK;
        try {
            parsed = ExpiryAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(prefix + ".action", action, "use park or close");
        }
        return new ExpiryRule(Math.max(1, days), parsed);
    }

    private static Map<Status, String> stages(String prefix, Map<String, String> raw, Problems problems) {
        Map<Status, String> stages = new EnumMap<>(Status.class);
        raw.forEach((status, stage) -> {
            if (status.startsWith("order.")) {
                return; // a pipeline's stage order (the time-eater list), not a status's stage
            }
            try {
                stages.put(Status.valueOf(status.toUpperCase(Locale.ROOT)), stage);
            } catch (IllegalArgumentException e) {
                problems.add(prefix + "." + status, stage, "the key must be a status: active, nurture, parked or closed");
            }
        });
        return stages;
    }

    private static SignalPolicy signals(DealFocusConfig.Signals s, Problems problems) {
        Map<Signal, String> flags = new EnumMap<>(Signal.class);
        s.flags().forEach((name, property) -> {
            if (!Names.on(property)) {
                return; // switched off
            }
            try {
                flags.put(Signal.valueOf(Names.constant(name)), property);
            } catch (IllegalArgumentException e) {
                problems.add("dealfocus.signals.flags." + name, property, "unknown signal; use no-problem, no-stable-contact, "
                        + "no-timeline, unanswered-outreach, price-pressure or special-requests");
            }
        });
        if (s.persistDays() < 0) {
            problems.add("dealfocus.signals.persist-days", s.persistDays(), "use 0 or more days");
        }
        if (s.outreachAttempts() < 1) {
            problems.add("dealfocus.signals.outreach-attempts", s.outreachAttempts(), "use at least 1");
        }
        if (s.minPersistent() < 1) {
            problems.add("dealfocus.signals.min-persistent", s.minPersistent(), "use at least 1");
        }
        return new SignalPolicy(Math.max(0, s.persistDays()), Math.max(1, s.outreachAttempts()), flags, Math.max(1, s.minPersistent()));
    }

    private static ValuePolicy value(DealFocusConfig.Value v, Problems problems) {
        boolean ok = true;
        if (v.probabilityScale().signum() <= 0) {
            problems.add("dealfocus.value.probability-scale", v.probabilityScale(), "use 1 (HubSpot, 0-1) or 100 (Salesforce, 0-100)");
            ok = false;
        }
        if (v.belowMedianFactor().signum() < 0) {
            problems.add("dealfocus.value.below-median-factor", v.belowMedianFactor(), "use a share such as 0.5");
            ok = false;
        }
        if (v.minTeamDeals() < 1) {
            problems.add("dealfocus.value.min-team-deals", v.minTeamDeals(), "use at least 1");
            ok = false;
        }
        v.stageProbabilities().forEach((stage, p) -> {
            if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                problems.add("dealfocus.value.stage-probabilities.\"" + stage + "\"", p, "use a probability from 0 to 1");
            }
        });
        v.defaultHours().forEach((stage, h) -> {
            if (h.signum() <= 0) {
                problems.add("dealfocus.value.default-hours.\"" + stage + "\"", h, "use more than 0 hours");
            }
        });
        return !ok ? ValuePolicy.DEFAULT : new ValuePolicy(v.probabilityScale(), v.stageProbabilities(),
                v.marginProperty().orElse(null), v.marginRate().orElse(null), v.hoursProperty().orElse(null),
                v.defaultHours(), v.belowMedianFactor(), v.minTeamDeals());
    }

    private static TaskPolicy tasks(DealFocusConfig.Tasks t, String fallbackOwner, Problems problems) {
        if (t.reengageDays() < 1) {
            problems.add("dealfocus.tasks.reengage-days", t.reengageDays(), "use at least 1 day (60-90 is usual)");
        }
        if (t.nurtureDays() < 1) {
            problems.add("dealfocus.tasks.nurture-days", t.nurtureDays(), "use at least 1 day");
        }
        if (t.scheduleNextStepDays() < 0) {
            problems.add("dealfocus.tasks.schedule-next-step-days", t.scheduleNextStepDays(), "use 0 or more days");
        }
        return new TaskPolicy(Math.max(1, t.reengageDays()), Math.max(1, t.nurtureDays()), Math.max(0, t.scheduleNextStepDays()),
                fallbackOwner);
    }

    private static BusinessCalendar calendar(DealFocusConfig.Calendar c, Problems problems) {
        Set<DayOfWeek> weekend = new HashSet<>();
        for (String day : c.weekend()) {
            try {
                weekend.add(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("dealfocus.calendar.weekend", day, "use day names such as SATURDAY,SUNDAY");
            }
        }
        if (weekend.size() >= 7) {
            problems.add("dealfocus.calendar.weekend", c.weekend(), "leave at least one business day");
            weekend.clear();
        }
        return new BusinessCalendar(weekend, Set.copyOf(c.holidays().orElse(List.of())));
    }
}
