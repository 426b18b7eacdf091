package org.w3id.treatygraph.importer;

import java.nio.file.Path;
import java.util.List;
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
            TestProject.copyTree(TestProject.home().resolve(folder), home.resolve(folder));
        }
        TestProject.copyTree(FIXTURE.resolve("data"), home.resolve("data"));
        return home;
    }
}
