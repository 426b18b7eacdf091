package org.w3id.treatygraph.write;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials that may write: named tokens. A request authenticates with {@code Authorization: Bearer
 * TOKEN}, or with HTTP Basic where the user is the credential's name and the password its token. With no
 * credential configured, writing is disabled altogether.
 */
public final class Credentials {
    private final Map<String, byte[]> tokensByName;

    private Credentials(Map<String, byte[]> tokensByName) {
        this.tokensByName = Map.copyOf(tokensByName);
    }

    public static Credentials none() {
        return new Credentials(Map.of());
    }

    /** One credential; tokens shorter than 16 characters are refused as guessable. */
    public static Credentials of(String name, String token) {
        Map<String, byte[]> tokens = new LinkedHashMap<>();
        add(tokens, name, token, "the admin token");
        return new Credentials(tokens);
    }

    /** Reads "name token" lines ('#' starts a comment), adding to {@code base}. */
    public static Credentials fromFile(Path file, Credentials base) {
        Map<String, byte[]> tokens = new LinkedHashMap<>(base.tokensByName);
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected 'name token'");
                }
                add(tokens, parts[0], parts[1], file + " line " + number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the credentials file " + file, e);
        }
        return new Credentials(tokens);
    }

    private static void add(Map<String, byte[]> tokens, String name, String token, String where) {
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(where + ": a credential name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (token.length() < 16) {
            throw new IllegalArgumentException(where + ": a token must have at least 16 characters");
        }
        tokens.put(name, token.getBytes(StandardCharsets.UTF_8));
    }

    public boolean enabled() {
        return !tokensByName.isEmpty();
    }

    public int size() {
        return tokensByName.size();
    }

    /** The name of the credential the request carries, if it carries a valid one. */
    public Optional<String> authenticate(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            return tokensByName.entrySet().stream()
                    .filter(e -> MessageDigest.isEqual(e.getValue(), presented))
                    .map(Map.Entry::getKey).findFirst();
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String name = decoded.substring(0, colon);
            byte[] expected = tokensByName.get(name);
            byte[] presented = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
            return expected != null && MessageDigest.isEqual(expected, presented) ? Optional.of(name) : Optional.empty();
        }
        return Optional.empty();
    }
}
