package dev.dealfocus.core.eaters;

/**
 * What the journal says of a deal over a quarter: its stage and score when the quarter began (the last line
 * before it, else the first in it) and when it ended (the last line in it), and whether it was won in it.
 * A deal has facts only if a run assessed it in the quarter: it was open at some time in it.
 */
public record QuarterFacts(String dealId, String pipeline, String stageAtStart, String stageAtEnd, Integer scoreAtStart,
                           Integer scoreAtEnd, boolean wonInQuarter) {
    public boolean scoreRose() {
        return scoreAtStart != null && scoreAtEnd != null && scoreAtEnd > scoreAtStart;
    }

    public boolean stageAdvanced(StageOrder order) {
        return order.advanced(pipeline, stageAtStart, stageAtEnd);
    }
}
