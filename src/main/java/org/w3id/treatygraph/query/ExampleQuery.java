package org.w3id.treatygraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A competency query from {@code queries/}: its file name, the question its header comment asks, its text. */
public record ExampleQuery(String name, String question, String text) {
    private static final String QUESTION = "# Question: ";

    /** All {@code .rq} files below {@code folder}, sorted by path; none when the folder does not exist. */
    public static List<ExampleQuery> loadAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted()
                    .map(f -> read(folder, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static ExampleQuery read(Path folder, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String question = text.lines()
                    .takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.startsWith(QUESTION) ? l.substring(QUESTION.length()) : l.substring(1).strip())
                    .collect(Collectors.joining(" "));
            return new ExampleQuery(folder.relativize(file).toString(), question, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
