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
     * The same for a request at the root context known by its scheme and {@code Host} header (Jetty's core request,
     * before the servlet layer); null when the Host cannot go into IRIs, which only a servlet request can resolve.
     */
    public String of(String scheme, String host) {
        return configured != null ? configured : own(scheme, host, "");
    }

    /**
     * The base of the server as this request reached it (scheme, Host, context), whatever the public base:
     * what a page loads its style sheet from and sends its forms to, so that the page's own origin serves them.
     */
    public static String own(HttpServletRequest request) {
        String base = own(request.getScheme(), request.getHeader("Host"), request.getContextPath());
        // No usable Host: the address the connection reached, which differs by connection, so it is not kept.
        return base != null ? base : request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort() + request.getContextPath() + "/";
    }

    /** The same for a request at the root context; null when its Host cannot go into IRIs. */
    public static String own(String scheme, String host) {
        return own(scheme, host, "");
    }

    private static String own(String scheme, String host, String contextPath) {
        String key = scheme + ' ' + host + ' ' + contextPath;
        String base = OWN_BASES.get(key);
        if (base != null) {
            return base;
        }
        if (host == null || !VALID_HOST.matcher(host).matches()) {
            return null;
        }
        base = scheme + "://" + host + contextPath + "/";
        if (OWN_BASES.size() < MAX_OWN_BASES) {
            OWN_BASES.put(key, base);
        }
        return base;
    }
}
