package dev.dealfocus.core;

import dev.dealfocus.core.deal.Activity;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.Consent;
import dev.dealfocus.core.deal.Contact;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.deal.DealFocusFields;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.deal.Money;
import dev.dealfocus.core.deal.Status;
import dev.dealfocus.core.deal.WrittenKind;
import dev.dealfocus.core.scoring.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deal for core tests. By default a healthy one: score 80, created 20 days ago (past its qualification
 * time), a meeting booked a week ahead by the rep, one contact who decides and has opted in.
 */
public final class DealBuilder {
    private String id = "D-1";
    private String name;
    private String pipeline = "default";
    private String stage = "qualified";
    private String owner = "O-1";
    private String team = "T-1";
    private LocalDate createdOn = Fixtures.TODAY.minusDays(20);
    private Money amount = Money.of("10000", "EUR");
    private BigDecimal probability;
    private LocalDate closeDate;
    private int pushes;
    private final Map<String, String> properties = new HashMap<>();
    private final List<Contact> contacts = new ArrayList<>(List.of(new Contact("C-1", "DECISION_MAKER", Consent.OPTED_IN)));
    private final List<Activity> activities = new ArrayList<>();
    private DealFocusFields shown = DealFocusFields.empty();
    private int activityCounter;

    public DealBuilder() {
        points(16, 16, 16, 16, 16);
        meeting(Fixtures.TODAY.plusDays(7));
    }

    public static DealBuilder deal() {
        return new DealBuilder();
    }

    public DealBuilder id(String id) {
        this.id = id;
        return this;
    }

    public DealBuilder name(String name) {
        this.name = name;
        return this;
    }

    public DealBuilder pipeline(String pipeline) {
        this.pipeline = pipeline;
        return this;
    }

    public DealBuilder stage(String stage) {
        this.stage = stage;
        return this;
    }

    public DealBuilder owner(String owner, String team) {
        this.owner = owner;
        this.team = team;
        return this;
    }

    public DealBuilder createdOn(LocalDate day) {
        this.createdOn = day;
        return this;
    }

    public DealBuilder amount(String amount, String currency) {
        this.amount = amount == null ? null : Money.of(amount, currency);
        return this;
    }

    public DealBuilder probability(String raw) {
        this.probability = raw == null ? null : new BigDecimal(raw);
        return this;
    }

    public DealBuilder closeDate(LocalDate day, int pushes) {
        this.closeDate = day;
        this.pushes = pushes;
        return this;
    }

    public DealBuilder property(String name, String value) {
        if (value == null) {
            properties.remove(name);
        } else {
            properties.put(name, value);
        }
        return this;
    }

    public DealBuilder points(int problem, int decisionMaker, int timeline, int budget, int fit) {
        int[] points = {problem, decisionMaker, timeline, budget, fit};
        for (Dimension d : Dimension.values()) {
            property(Fixtures.pointsProperty(d), String.valueOf(points[d.ordinal()]));
        }
        return this;
    }

    /** Spreads a total over the dimensions, 20 each from problem on; every dimension stays known. */
    public DealBuilder score(int total) {
        int rest = total;
        int[] points = new int[5];
        for (int i = 0; i < 5; i++) {
            points[i] = Math.min(20, rest);
            rest -= points[i];
        }
        return points(points[0], points[1], points[2], points[3], points[4]);
    }

    public DealBuilder unknown(Dimension dimension) {
        return property(Fixtures.pointsProperty(dimension), null);
    }

    public DealBuilder noActivities() {
        activities.clear();
        return this;
    }

    public DealBuilder contacts(Contact... list) {
        contacts.clear();
        contacts.addAll(List.of(list));
        return this;
    }

    /** An open meeting a person booked yesterday for the given day. */
    public DealBuilder meeting(LocalDate on) {
        return activity(ActivityType.MEETING, on, true, null, Fixtures.TODAY.minusDays(1));
    }

    /** An open task a person created, due on the given day. */
    public DealBuilder task(LocalDate due) {
        return activity(ActivityType.TASK, due, true, null, createdOn);
    }

    /** A call, email or held meeting a person logged on the given day. */
    public DealBuilder logged(ActivityType type, LocalDate on) {
        return activity(type, on, false, null, on);
    }

    public DealBuilder byDealFocus(WrittenKind kind, LocalDate at, boolean open) {
        return activity(kind.isTask() ? ActivityType.TASK : ActivityType.NOTE, at, open, kind, Fixtures.TODAY.minusDays(20));
    }

    public DealBuilder activity(ActivityType type, LocalDate at, boolean open, WrittenKind kind, LocalDate createdOn) {
        activities.add(new Activity("A-" + (++activityCounter), type, Fixtures.at(createdOn), Fixtures.at(at), open, kind));
        return this;
    }

    public DealBuilder shown(Integer score, Status status, String reasons, LocalDate expiresOn) {
        this.shown = DealFocusFields.of(score, status, reasons, expiresOn, null);
        return this;
    }

    public DealBuilder shownStatus(Status status) {
        return shownField(DealField.STATUS, status == null ? null : status.name());
    }

    /** One of DealFocus's fields as the CRM shows it, the others kept. */
    public DealBuilder shownField(DealField field, String value) {
        Map<DealField, String> values = new EnumMap<>(DealField.class);
        values.putAll(shown.values());
        values.put(field, value);
        this.shown = new DealFocusFields(values);
        return this;
    }

    public DealSnapshot build() {
        return new DealSnapshot(id, name != null ? name : "Deal " + id, pipeline, stage, owner, team, Fixtures.at(createdOn), amount,
                probability, closeDate, pushes, properties, contacts, activities, shown);
    }
}
