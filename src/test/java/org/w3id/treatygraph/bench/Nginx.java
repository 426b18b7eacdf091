package org.w3id.treatygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * nginx serving pre-rendered documents as static files on a loopback port, the upper bound for
 * dereferencing: {@code /doc/X.ttl} and {@code /doc/X.html} are files, {@code /id/X} answers 303 to
 * {@code /doc/X} as TreatyGraph does. The configuration is written into a folder of its own.
 */
final class Nginx implements AutoCloseable {
    private final Path prefix;
    private final int port;
    private final Process process;

    private Nginx(Path prefix, int port, Process process) {
        this.prefix = prefix;
        this.port = port;
        this.process = process;
    }

    static boolean available() {
        return Tools.onPath("nginx");
    }

    /** Starts nginx over {@code documents}: path (e.g. "doc/treaty/x.ttl") to content. */
    static Nginx start(Path prefix, Map<String, byte[]> documents) throws IOException, InterruptedException {
        Path root = prefix.resolve("www");
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            Path file = root.resolve(document.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, document.getValue());
        }
        // nginx workers run as an unprivileged user: the tree must be readable by others.
        try (var paths = Files.walk(prefix)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        int port = Ports.free();
        Files.createDirectories(prefix.resolve("logs"));
        String config = """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp-body;
                    proxy_temp_path %1$s/tmp-proxy;
                    fastcgi_temp_path %1$s/tmp-fastcgi;
                    uwsgi_temp_path %1$s/tmp-uwsgi;
                    scgi_temp_path %1$s/tmp-scgi;
                    types { text/turtle ttl; text/html html; }
                    sendfile on;
                    keepalive_requests 1000000;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/www;
                        location ~ ^/id/(.*)$ { return 303 /doc/$1; }
                    }
                }
                """.formatted(prefix, port);
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(Tools.which("nginx").orElseThrow().toString(), "-p", prefix.toString(),
                "-c", conf.toString(), "-e", prefix.resolve("logs/error.log").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        Nginx nginx = new Nginx(prefix, port, process);
        Ports.awaitListening(port, process, prefix.resolve("logs/error.log"));
        return nginx;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Peak RSS of the master and its workers, in MiB. */
    long peakRssMiB() {
        return Tools.peakRssMiB(process.pid())
                + process.descendants().mapToLong(p -> Math.max(0, Tools.peakRssMiB(p.pid()))).sum();
    }

    /** CPU time of the master and its workers, in microseconds. */
    long cpuMicros() {
        return Tools.cpuMicros(process.pid())
                + process.descendants().mapToLong(p -> Math.max(0, Tools.cpuMicros(p.pid()))).sum();
    }

    List<String> describe() {
        return List.of("nginx " + prefix);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
