package org.w3id.treatygraph.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Running external programs and reading the memory of processes, for the benchmark harness. */
final class Tools {
    private Tools() {}

    static boolean onPath(String program) {
        return which(program).isPresent();
    }

    static Optional<Path> which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (String dir : List.of("/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The installed version of a Debian package, or "not installed". */
    static String debianVersion(String name) {
        try {
            return run(List.of("dpkg-query", "-W", "-f=${Version}", name), 10).strip();
        } catch (IOException e) {
            return "not installed";
        }
    }

    /** Runs a command to its end and returns what it printed (both streams); fails on a non-zero exit. */
    static String run(List<String> command, int timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The peak resident set size of a process in MiB (VmHWM), or -1 when it cannot be read. */
    static long peakRssMiB(long pid) {
        return statusField(pid, "VmHWM:") / 1024;
    }

    /** The current resident set size of a process in MiB (VmRSS), or -1. */
    static long rssMiB(long pid) {
        return statusField(pid, "VmRSS:") / 1024;
    }

    /**
     * Resets the peak RSS of this process to its current RSS (Linux: "5" to /proc/self/clear_refs), so that
     * the next {@link #peakRssMiB} reading is the peak of one step; false when the kernel refuses.
     */
    static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** CPU time this JVM has used, all threads, in ms. */
    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /** The machine's load average over the last minute (/proc/loadavg), or "?" where there is none. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The CPU time a process has used (user + system, Linux /proc/PID/stat), in microseconds, or -1. At the kernel's
     * resolution (clock ticks, normally 10 ms).
     */
    static long cpuMicros(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000_000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ: 100 on Linux on every common architecture (the kernel reports times in it whatever its own HZ). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    static long self() {
        return ProcessHandle.current().pid();
    }

    private static long statusField(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith(field))
                    .map(l -> Long.parseLong(l.substring(field.length()).replace("kB", "").strip()))
                    .findFirst().orElse(-1024L);
        } catch (IOException | RuntimeException e) {
            return -1024;
        }
    }
}
