package io.communityedu.bench;

/** One benchmark: starts what it needs, drives it within its deadline, prints its figures. */
public interface Benchmark {

    /** The name to run it by (bench/run NAME). */
    String name();

    /** One line on what it measures. */
    String description();

    void run(BenchArgs args, Report report) throws Exception;
}
