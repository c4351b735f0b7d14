package dev.dealfocus.crm.shared;

import java.time.Duration;

/** Waits. Production sleeps the thread; tests move a virtual clock instead (design/style.md habit 2). */
@FunctionalInterface
public interface Sleeper {
    Sleeper THREAD = duration -> Thread.sleep(Math.max(0, duration.toMillis()), 0);

    void sleep(Duration duration) throws InterruptedException;
}
