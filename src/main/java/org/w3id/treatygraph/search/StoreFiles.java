package org.w3id.treatygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of a TDB2 store's committed state, read from its files without opening a transaction: TDB2 writes
 * the root and the limits of every B+tree index to its {@code .bpt} file (and the node data's length to its
 * {@code .bdf} file) when a write transaction commits, and its indexes are copied on write, so every commit that
 * changes the content changes them. What is derived from the store and kept on disk (the search index) records the
 * fingerprint it was built from, and a restart with an unchanged store keeps it.
 */
final class StoreFiles {

    private StoreFiles() {}

    /** The fingerprint of the store in {@code storeDirectory}, leaving out {@code skipped} (e.g. the index inside it). */
    static String fingerprint(Path storeDirectory, Path skipped) {
        try (Stream<Path> walk = Files.walk(storeDirectory)) {
            List<Path> state = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(skipped))
                    .filter(file -> file.toString().endsWith(".bpt") || file.toString().endsWith(".bdf"))
                    .sorted()
                    .toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : state) {
                digest.update(storeDirectory.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store's files in " + storeDirectory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
