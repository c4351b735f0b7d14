package dev.dealfocus.crm.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was written into the demo CRM, kept as pretty JSON in the state directory so a person can
 * read it: DealFocus's field values and stage per deal, its notes and tasks, and edits "by hand".
 */
final class DemoState {
    public Map<String, DealState> deals = new LinkedHashMap<>();
    public List<Note> notes = new ArrayList<>();
    public List<Task> tasks = new ArrayList<>();
    /** Tasks on no deal (the weekly review), assigned to an owner. */
    public List<OwnerTask> ownerTasks = new ArrayList<>();
    /** DealFocus's fields on existing customers, by customer id (issue 14). */
    public java.util.Map<String, java.util.Map<String, String>> customerFields = new java.util.TreeMap<>();
    /** Notes and tasks on existing customers. */
    public List<CustomerRecord> customerRecords = new ArrayList<>();
    public List<HandActivity> activities = new ArrayList<>();
    public long nextId = 1;
    /** The day the demo first read its customers (ISO date): a customer's {@code later} signs count from it. */
    public String customersFrom;

    /**
     * Per deal: DealFocus's fields (property name to value), a changed stage, a changed life state
     * (CLOSED, DELETED, MERGED), edited properties.
     */
    static final class DealState {
        public Map<String, String> fields = new LinkedHashMap<>();
        public String stage;
        public String state;
        public Map<String, String> properties = new LinkedHashMap<>();
        public Instant updatedAt;
    }

    static final class Note {
        public String id;
        public String dealId;
        public String key;
        public String ownerId;
        public Instant timestamp;
        public String body;
    }

    static final class Task {
        public String id;
        public String dealId;
        public String key;
        public String kind;
        public String ownerId;
        public LocalDate due;
        public String priority;
        public String subject;
        public String body;
        public String status;
        public Instant createdAt;
        /** A person deleted the task in the CRM. */
        public boolean deleted;
    }

    static final class CustomerRecord {
        public String id;
        public String customerId;
        public String key;
        /** NOTE or TASK. */
        public String type;
        public String ownerId;
        public LocalDate due;
        public String subject;
        public String body;
        public Instant createdAt;
    }

    static final class OwnerTask {
        public String id;
        public String key;
        public String kind;
        public String ownerId;
        public LocalDate due;
        public String subject;
        public String body;
        public String status;
        public Instant createdAt;
    }

    /** An activity a person logged after the data file was written (tests and demos use it). */
    static final class HandActivity {
        public String id;
        public String dealId;
        public String type;
        public Instant at;
        public Instant createdAt;
        public boolean open;
    }
}
