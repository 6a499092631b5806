package io.communityedu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time a process and its descendants have used so far (user + system, from /proc/<pid>/stat). */
final class ProcessCpu {

    /** Linux's USER_HZ: the unit of /proc/<pid>/stat's times on every architecture the suite runs on. */
    private static final double MILLIS_PER_TICK = 10.0;

    private ProcessCpu() {
    }

    static double millis(long pid) {
        return Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid))
                .mapToDouble(ProcessCpu::ownMillis).sum();
    }

    private static double ownMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
