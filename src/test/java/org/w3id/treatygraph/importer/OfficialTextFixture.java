package org.w3id.treatygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.treatygraph.TestProject;

/**
 * A home folder for the {@code import-text} tests: the project's own ontology and shapes, and the fixture treaty
 * of {@code src/test/resources/official-text} (three articles with their paragraph resources).
 */
public final class OfficialTextFixture {
    private static final Path FIXTURE = TestProject.home().resolve("src/test/resources/official-text");

    private OfficialTextFixture() {}

    /** Fills {@code home} and returns it. */
    public static Path home(Path home) {
        for (String folder : List.of("ontology", "shapes")) {
            copy(TestProject.home().resolve(folder), home.resolve(folder));
        }
        copy(FIXTURE.resolve("ontology"), home.resolve("ontology"));
        copy(FIXTURE.resolve("data"), home.resolve("data"));
        return home;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
