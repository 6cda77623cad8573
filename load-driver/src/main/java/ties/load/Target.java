package ties.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The Ties under test: where it listens, who the driver acts as, and one connection per driver thread. */
final class Target implements AutoCloseable {

    final String host;
    final int port;
    private final int timeoutMillis;
    private final String headers;
    private final String operatorHeaders;
    private final List<HttpConnection> connections = new CopyOnWriteArrayList<>();
    private final ThreadLocal<HttpConnection> perThread;
    private final ThreadLocal<HttpConnection> perThreadOperator;

    Target(String url, String user, String password, String token, String operatorToken, int timeoutMillis) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new Options.UsageException("--url must be http://host:port, not '" + url + "'");
        }
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.timeoutMillis = timeoutMillis;
        StringBuilder h = new StringBuilder("Accept: application/json\r\n");
        if (token != null) {
            h.append("Authorization: Bearer ").append(token).append("\r\n");
        } else if (user != null) {
            String pair = user + ":" + (password == null ? "" : password);
            h.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        this.headers = h.toString();
        this.operatorHeaders = "Accept: application/json\r\n"
                + (operatorToken == null ? "" : "Authorization: Bearer " + operatorToken + "\r\n");
        this.perThread = ThreadLocal.withInitial(() -> open(headers));
        this.perThreadOperator = ThreadLocal.withInitial(() -> open(operatorHeaders));
    }

    static Target from(Options options) {
        String user = options.string("user", null);
        String password = options.string("password", null);
        // Ties records under the signed-in user; by default the embedded run's demo editor token.
        String token = options.string("token", user == null ? "ties_demo_editor_token" : null);
        if (token != null && user != null) {
            throw new Options.UsageException("give --token or --user/--password, not both");
        }
        if (password != null && user == null) {
            throw new Options.UsageException("--password needs --user");
        }
        // The server's own CPU and GC figures come from its actuator, which only admins may read.
        String operatorToken = options.string("metrics-token", "ties_demo_admin_token");
        return new Target(options.string("url", "http://127.0.0.1:18080"), user, password, token,
                operatorToken.isEmpty() ? null : operatorToken, options.integer("timeout-ms", 30_000));
    }

    boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    String url() {
        return "http://" + host + ":" + port;
    }

    HttpConnection.Response exchange(String method, String path, byte[] json) throws IOException {
        return perThread.get().exchange(method, path, json);
    }

    HttpConnection.Response get(String path) throws IOException {
        return perThread.get().exchange("GET", path, null);
    }

    HttpConnection.Response put(String path, byte[] json) throws IOException {
        return perThread.get().exchange("PUT", path, json);
    }

    HttpConnection.Response post(String path, byte[] json) throws IOException {
        return perThread.get().exchange("POST", path, json);
    }

    /** A GET as the operator (--metrics-token), for the server's actuator figures. */
    HttpConnection.Response operatorGet(String path) throws IOException {
        return perThreadOperator.get().exchange("GET", path, null);
    }

    /** Connections opened so far (Tomcat closes a keep-alive connection after 100 requests by default). */
    long connects() {
        return connections.stream().mapToLong(HttpConnection::connects).sum();
    }

    private HttpConnection open(String with) {
        HttpConnection connection = new HttpConnection(host, port, timeoutMillis, with);
        connections.add(connection);
        return connection;
    }

    @Override
    public void close() {
        // Only safe once the threads that used the connections are done.
        connections.forEach(HttpConnection::close);
    }
}
