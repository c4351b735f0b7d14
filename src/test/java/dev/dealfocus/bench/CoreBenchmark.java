package dev.dealfocus.bench;

import dev.dealfocus.core.DealBuilder;
import dev.dealfocus.core.Fixtures;
import dev.dealfocus.core.deal.ActivityType;
import dev.dealfocus.core.deal.DealSnapshot;
import dev.dealfocus.core.decision.Assessment;
import dev.dealfocus.core.decision.DealAssessor;
import dev.dealfocus.core.decision.Policy;
import dev.dealfocus.core.decision.TeamMedians;
import dev.dealfocus.core.decision.ValueSample;
import dev.dealfocus.core.plan.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The decision core alone: assess and plan a realistic mix of 1,000 deals against team medians, one
 * thread. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.dealfocus.bench.CoreBenchmark}
 * (docs/benchmarks.md). The score is deals assessed and planned per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmark {
    private static final int DEALS = 1_000;
    private List<DealSnapshot> deals;
    private DealAssessor assessor;
    private Planner planner;
    private TeamMedians medians;

    @Setup
    public void setUp() {
        Policy policy = Fixtures.policy();
        assessor = new DealAssessor(policy, Fixtures.CLOCK);
        planner = new Planner(policy);
        deals = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            DealBuilder deal = DealBuilder.deal().id("D-" + i).owner("O-" + i % 12, "T-" + i % 3).score(20 + i % 80)
                    .amount(String.valueOf(5_000 + i % 17 * 1_500), "EUR").probability("0." + (2 + i % 7))
                    .property("margin", String.valueOf(1_000 + i % 23 * 300)).property("hours", String.valueOf(2 + i % 11));
            switch (i % 3) {
                case 0 -> deal.meeting(Fixtures.TODAY.plusDays(3 + i % 20)).logged(ActivityType.CALL, Fixtures.TODAY.minusDays(4));
                case 1 -> deal.logged(ActivityType.EMAIL, Fixtures.TODAY.minusDays(12));
                default -> deal.logged(ActivityType.CALL, Fixtures.TODAY.minusDays(45));
            }
            deals.add(deal.build());
        }
        List<ValueSample> samples = new ArrayList<>();
        deals.forEach(d -> assessor.assess(d, Fixtures.NOW, null, TeamMedians.none()).valueSample().ifPresent(samples::add));
        medians = TeamMedians.of(samples, 3);
    }

    /** One operation: every deal of the mix assessed and planned; per second x 1,000 = deals per second. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(DEALS)
    public void assessAndPlan(Blackhole sink) {
        for (DealSnapshot deal : deals) {
            Assessment a = assessor.assess(deal, Fixtures.NOW, null, medians);
            sink.consume(planner.plan(deal, a));
        }
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(CoreBenchmark.class.getSimpleName()).build()).run();
    }
}
