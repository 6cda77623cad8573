package ties.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive connection: just enough for JSON requests to a
 * Spring Boot server on loopback (Content-Length and chunked bodies, {@code Connection: close}).
 * Deliberately tiny so that the driver spends as little as possible of the CPU it shares with the
 * server; one instance per thread, never shared.
 */
final class HttpConnection implements Closeable {

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final byte[] fixedHeaders;
    private final ByteArrayOutputStream request = new ByteArrayOutputStream(4096);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
    private final StringBuilder line = new StringBuilder(256);

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long connects;

    /** @param fixedHeaders header lines sent with every request, each ending in CRLF */
    HttpConnection(String host, int port, int timeoutMillis, String fixedHeaders) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
        this.fixedHeaders = ("Host: " + host + ":" + port + "\r\n" + fixedHeaders).getBytes(StandardCharsets.ISO_8859_1);
    }

    record Response(int status, byte[] body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends one request and reads the whole answer. A request that fails on a reused connection before
     * any answer arrived (the server closed it while idle) is sent once more on a fresh connection.
     */
    Response exchange(String method, String path, byte[] content) throws IOException {
        boolean reused = socket != null;
        try {
            return attempt(method, path, content);
        } catch (StaleConnection e) {
            close();
            if (!reused) {
                throw e;
            }
            return attempt(method, path, content);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    long connects() {
        return connects;
    }

    private Response attempt(String method, String path, byte[] content) throws IOException {
        if (socket == null) {
            connect();
        }
        request.reset();
        request.write((method + " " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        request.write(fixedHeaders);
        if (content != null) {
            request.write(("Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            request.write(content);
        } else {
            request.write('\r');
            request.write('\n');
        }
        String statusLine;
        try {
            request.writeTo(out);
            out.flush();
            statusLine = readLine();
        } catch (java.net.SocketTimeoutException e) {
            throw e; // the server may be working on it: never re-send
        } catch (IOException e) {
            throw new StaleConnection(e);
        }
        if (statusLine == null) {
            throw new StaleConnection(new EOFException("connection closed before the status line"));
        }
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        String header;
        while ((header = readLine()) != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase().contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        if (header == null) {
            throw new EOFException("connection closed inside the headers");
        }
        body.reset();
        if (method.equals("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            // no body
        } else if (chunked) {
            readChunked();
        } else if (contentLength >= 0) {
            readFully(contentLength);
        } else {
            readToEnd();
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(status, body.toByteArray());
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setKeepAlive(true);
        s.connect(new InetSocketAddress(host, port), timeoutMillis);
        s.setSoTimeout(timeoutMillis);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16384);
        out = s.getOutputStream();
        connects++;
    }

    private void readChunked() throws IOException {
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                String trailer;
                while ((trailer = readLine()) != null && !trailer.isEmpty()) {
                    // trailers are ignored
                }
                return;
            }
            readFully(size);
            String end = readLine();
            if (end == null || !end.isEmpty()) {
                throw new IOException("malformed chunk end");
            }
        }
    }

    private final byte[] copyBuffer = new byte[16384];

    private void readFully(long length) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(copyBuffer, 0, (int) Math.min(copyBuffer.length, left));
            if (n < 0) {
                throw new EOFException("connection closed inside the body");
            }
            body.write(copyBuffer, 0, n);
            left -= n;
        }
    }

    private void readToEnd() throws IOException {
        int n;
        while ((n = in.read(copyBuffer)) >= 0) {
            body.write(copyBuffer, 0, n);
        }
    }

    /** One line without its CRLF, or null at end of stream before any byte. */
    private String readLine() throws IOException {
        line.setLength(0);
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') {
                int len = line.length();
                if (len > 0 && line.charAt(len - 1) == '\r') {
                    line.setLength(len - 1);
                }
                return line.toString();
            }
            line.append((char) c);
            if (line.length() > 65536) {
                throw new IOException("line too long");
            }
        }
        return any ? line.toString() : null;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }

    /** The request may not have reached the server: safe to send once more on a fresh connection. */
    private static final class StaleConnection extends IOException {
        StaleConnection(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
