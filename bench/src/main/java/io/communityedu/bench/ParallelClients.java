package io.communityedu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Many clients working through numbered tasks at once (closed loop: each sends its next request when the last is answered). */
public final class ParallelClients {

    private ParallelClients() {
    }

    /** One task per index 0..count-1 on `threads` threads, all released at once; stops taking new ones at the deadline. */
    public static void run(int threads, int count, Deadline deadline, Task task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                try {
                    gate.await();
                    for (int i = next.getAndIncrement(); i < count && !deadline.passed(); i = next.getAndIncrement()) {
                        task.run(i);
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
        }
        gate.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(deadline.remainingMillis() + 60_000, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A client failed", failures.get(0));
        }
        deadline.check("running " + count + " requests");
    }

    /** Work for one index. */
    public interface Task {
        void run(int index) throws Exception;
    }
}
