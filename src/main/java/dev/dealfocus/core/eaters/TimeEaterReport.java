package dev.dealfocus.core.eaters;

import java.util.List;

/** A quarter's time-eater list: per team its entries, and the CRM calls reading the effort took. */
public record TimeEaterReport(Quarter quarter, String owner, String team, long apiCalls, List<TimeEaters.TeamList> teams) {
    public TimeEaterReport {
        teams = List.copyOf(teams);
    }
}
