package org.w3id.treatygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The curated files of a TreatyGraph checkout: {@code ontology/*.ttl}, {@code shapes/*.ttl} and
 * {@code data/*.trig} under one home folder.
 */
public final class ProjectFiles {
    private final Path home;

    private ProjectFiles(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The files under {@code home}; fails with a message naming the missing folder. */
    public static ProjectFiles at(Path home) {
        ProjectFiles files = new ProjectFiles(home);
        for (String folder : List.of("ontology", "shapes", "data")) {
            if (!Files.isDirectory(files.home.resolve(folder))) {
                throw new IllegalArgumentException("No " + folder + "/ folder under " + files.home
                        + ": run TreatyGraph from its checkout or pass --home with the folder that holds"
                        + " ontology/, shapes/ and data/.");
            }
        }
        return files;
    }

    public Path home() {
        return home;
    }

    public List<Path> ontologyFiles() {
        return list("ontology", ".ttl");
    }

    public List<Path> shapesFiles() {
        return list("shapes", ".ttl");
    }

    public List<Path> dataFiles() {
        return list("data", ".trig");
    }

    /** A path relative to the home folder, for messages. */
    public String relative(Path file) {
        return home.relativize(file.toAbsolutePath().normalize()).toString();
    }

    /**
     * SHA-256 over the names and contents of all curated files: a store loaded from files with this hash
     * needs no reload.
     */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : allFiles()) {
                digest.update(relative(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public List<Path> allFiles() {
        List<Path> all = new ArrayList<>(ontologyFiles());
        all.addAll(shapesFiles());
        all.addAll(dataFiles());
        return all;
    }

    private List<Path> list(String folder, String extension) {
        try (Stream<Path> entries = Files.list(home.resolve(folder))) {
            return entries.filter(p -> p.getFileName().toString().endsWith(extension))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + home.resolve(folder), e);
        }
    }
}
