package io.communityedu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as a plain reverse proxy to one service, for comparison with the gateway: its own
 * config, pid, logs and temp folders under the given directory, on a free localhost port, run in
 * the foreground as a child of this JVM and stopped by {@link #close()}.
 */
public final class NginxProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    public NginxProxy(Path directory, URI upstream) {
        try {
            Files.createDirectories(directory.resolve("logs"));
            Files.createDirectories(directory.resolve("temp"));
            port = freePort();
            String config = """
                    daemon off;
                    worker_processes auto;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 4096; }
                    http {
                        access_log %1$s/logs/access.log combined buffer=64k;
                        client_body_temp_path %1$s/temp/body;
                        proxy_temp_path %1$s/temp/proxy;
                        fastcgi_temp_path %1$s/temp/fastcgi;
                        uwsgi_temp_path %1$s/temp/uwsgi;
                        scgi_temp_path %1$s/temp/scgi;
                        upstream service { server %2$s:%3$d; keepalive 128; }
                        server {
                            listen 127.0.0.1:%4$d;
                            location / {
                                proxy_pass http://service;
                                proxy_http_version 1.1;
                                proxy_set_header Connection "";
                                proxy_set_header Host $http_host;
                                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            }
                        }
                    }
                    """.formatted(directory.toAbsolutePath(), "127.0.0.1", upstream.getPort(), port);
            Path conf = directory.resolve("nginx.conf");
            Files.writeString(conf, config);
            process = new ProcessBuilder(List.of(nginx(), "-p", directory.toAbsolutePath().toString(), "-c", conf.toAbsolutePath().toString(),
                    "-e", directory.resolve("logs/error.log").toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("logs/stdout.log").toFile()).start();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public long pid() {
        return process.pid();
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Fixtures.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String nginx() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
