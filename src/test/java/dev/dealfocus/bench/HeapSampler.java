package dev.dealfocus.bench;

import java.lang.management.ManagementFactory;

/** The most heap in use while the run went on. */
final class HeapSampler implements Runnable {
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread = new Thread(this, "heap-sampler");

    static HeapSampler start() {
        System.gc();
        HeapSampler s = new HeapSampler();
        s.thread.setDaemon(true);
        s.thread.start();
        return s;
    }

    @Override
    public void run() {
        while (running) {
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peak;
    }
}
