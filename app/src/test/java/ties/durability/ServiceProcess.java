package ties.durability;

import ties.Api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ties in a JVM of its own, started from the test's classpath (main classes only) as
 * {@code java -jar ties.jar} would run it: the process can be killed like a real service
 * ({@link #kill()} is SIGKILL on Linux) and started again on the same store. Its output goes to a log
 * file beside its data, under {@code target/}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the service in {@code folder} on a random port with {@code args} (Spring options) and
     * {@code env}, and waits until its health answers UP.
     */
    public static ServiceProcess start(Path folder, String name, List<String> args, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(java("ties.TiesApplication"));
        command.add("--server.port=0");
        command.addAll(args);
        Path log = folder.resolve(name + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().putAll(env);
        Process process = builder.start();
        ServiceProcess service = new ServiceProcess(process, log, awaitPort(process, log));
        service.awaitHealthy();
        return service;
    }

    /** {@code java [jvmOptions] -cp <main classes and dependencies> mainClass}, as the packaged jar would run. */
    public static List<String> java(String mainClass, String... jvmOptions) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String mainOnly = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", mainOnly, mainClass));
        return command;
    }

    public int port() {
        return port;
    }

    public Api api(String user) {
        return new Api(port, user);
    }

    /** SIGKILL: no shutdown hook, no flush, no close of the store. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an operator stops it: the store is closed cleanly. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The random port, as the service logs it ("Tomcat started on port 41234 (http)"). */
    private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " at start-up; "
                        + "its log: " + log.toAbsolutePath() + "\n" + tail(log));
            }
            Matcher started = TOMCAT_STARTED.matcher(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1));
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not open its port within " + START_TIMEOUT + "; its log: "
                + log.toAbsolutePath() + "\n" + tail(log));
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become healthy (" + last + "); its log: "
                + log.toAbsolutePath() + "\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
