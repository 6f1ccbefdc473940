package com.porchlight.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/BENCHMARKS.md as benchmarks write it: each benchmark owns the text between its two markers
 * ({@code <!-- name:start -->} and {@code <!-- name:end -->}) and replaces it on every run, leaving the rest alone.
 */
public final class BenchmarksFile {

    private static final Path FILE = Path.of("docs", "BENCHMARKS.md");

    private BenchmarksFile() {
    }

    /** The markers of a section. */
    public static String start(String name) {
        return "<!-- " + name + ":start -->";
    }

    public static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    /**
     * Replaces the section {@code name} with {@code section} (which includes its markers), or appends it, and prints
     * it.
     */
    public static void replace(String name, String section) throws IOException {
        String doc = Files.readString(FILE);
        int start = doc.indexOf(start(name));
        int end = doc.indexOf(end(name));
        doc = start < 0 || end < 0 ? doc.stripTrailing() + "\n\n" + section + "\n"
                : doc.substring(0, start) + section + doc.substring(end + end(name).length());
        Files.writeString(FILE, doc);
        System.out.println(section);
    }
}
