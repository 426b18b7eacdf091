package org.w3id.treatygraph.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The base the server's own IRIs are shown under: the operator's {@code --base-uri}, or else the scheme and
 * {@code Host} the request was made to, so that a local run links to itself.
 */
public final class PublicBase {
    /** A Host header that can safely go into IRIs: a name or address and an optional port. */
    private static final Pattern VALID_HOST =
            Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[A-Za-z0-9.\\-]+:[0-9]{1,5}");

    /** Bases already worked out, by scheme, Host header and context: a request's base is a lookup, not a match. */
    private static final Map<String, String> OWN_BASES = new ConcurrentHashMap<>();
    /** Enough for every name a server is reached by; past it (Host headers made up by clients) bases are not kept. */
    private static final int MAX_OWN_BASES = 256;

    private final String configured;

    /** @param configured the public base ending in "/", or null to answer on each request's own base */
    public PublicBase(String configured) {
        if (configured != null && !configured.matches("https?://[^\\s<>\"]+/")) {
            throw new IllegalArgumentException("The base URI must be an http(s) URI ending in '/': " + configured);
        }
        this.configured = configured;
    }

    /** The operator's base, when one was given. */
    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    public String of(HttpServletRequest request) {
        return configured != null ? configured : own(request);
    }

    /**
     * The base of the server as this request reached it (scheme, Host, context), whatever the public base:
     * what a page loads its style sheet from and sends its forms to, so that the page's own origin serves them.
     */
    public static String own(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String key = request.getScheme() + ' ' + host + ' ' + request.getContextPath();
        String base = OWN_BASES.get(key);
        if (base != null) {
            return base;
        }
        if (host == null || !VALID_HOST.matcher(host).matches()) {
            // No usable Host: the address the connection reached, which differs by connection, so it is not kept.
            return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                    + request.getContextPath() + "/";
        }
        base = request.getScheme() + "://" + host + request.getContextPath() + "/";
        if (OWN_BASES.size() < MAX_OWN_BASES) {
            OWN_BASES.put(key, base);
        }
        return base;
    }
}
