package io.communityedu.bench;

import java.util.Arrays;

/** Request latencies in nanoseconds, collected from many threads; percentiles by nearest rank. */
public final class Latencies {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds. */
    public synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public synchronized double maxMillis() {
        return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).max().getAsLong() / 1e6;
    }

    /** "n=… p50=… p90=… p99=… max=… ms". */
    public String summary() {
        return String.format("n=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f ms", count(), percentileMillis(50),
                percentileMillis(90), percentileMillis(99), maxMillis());
    }
}
