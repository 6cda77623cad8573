package ties.app.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import ties.audit.integrity.Checkpoint;
import ties.audit.integrity.ExportFormat;
import ties.audit.integrity.ExportFormat.Scope;
import ties.audit.integrity.Finding;
import ties.audit.integrity.Verdict;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar ties.jar verify [--record=ID] [--json] [Spring options]}: verifies the configured
 * database (e.g. {@code --spring.profiles.active=postgres}); {@code java -jar ties.jar verify-export
 * <file.ndjson> [--json]}: verifies an export offline, without Spring or a database. Exit code 0 when
 * everything is sealed and whole, 1 at a broken link, 2 for usage errors and when the database or file
 * cannot be read, 3 when nothing is broken but some events are not sealed yet.
 */
public final class VerifyCommand {

    public static final int OK = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int UNSEALED = 3;

    public static final String USAGE_TEXT = """
            usage: java -jar ties.jar verify [--record=ID] [--json] [--spring.profiles.active=postgres ...]
                     Verifies the hash chains and checkpoints of the configured database (docs/integrity.md).
                   java -jar ties.jar verify-export <file.ndjson | -> [--json]
                     Verifies an export from /api/audit/export offline: no server, no database.
            exit codes: 0 OK, 1 a broken link, 2 usage or read error, 3 no break but events not sealed yet""";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private VerifyCommand() {
    }

    /** The database verifier: only a data source, no Axon, no web server, no Flyway (it changes nothing). */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
    static class Database {
    }

    /** Runs {@code verify} with the arguments that follow it; answers the exit code. */
    public static int verifyDatabase(String[] args, PrintStream out) {
        String record = null;
        boolean json = false;
        List<String> spring = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("--record=") && arg.length() > "--record=".length()) {
                record = arg.substring("--record=".length());
            } else if (arg.startsWith("--") && arg.contains("=") && !arg.startsWith("--record=")) {
                spring.add(arg);
            } else {
                out.println("ties verify: unknown argument " + arg);
                out.println(USAGE_TEXT);
                return USAGE;
            }
        }
        Verdict verdict;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(spring.toArray(String[]::new))) {
            if (context.getEnvironment().getProperty("axon.axonserver.enabled", Boolean.class, false)) {
                out.println("ties verify: the events are in Axon Server, not in this database: verify with "
                        + "GET /api/audit/integrity, or export with GET /api/audit/export and run verify-export");
                return USAGE;
            }
            IntegrityStore store = new IntegrityStore(context.getBean(DataSource.class),
                    context.getBean(PlatformTransactionManager.class));
            EventLinks links = new RowLinks(store);
            Scope scope = record == null ? Scope.STORE : new Scope(record);
            if (!scope.store() && !store.reading(() -> links.hasStream(scope.streamId()))) {
                out.println("ties verify: no record '" + record + "' is in the event store");
                return USAGE;
            }
            verdict = IntegrityApi.verify(store, links, scope);
        } catch (RuntimeException e) {
            out.println("ties verify: cannot read the database: " + rootMessage(e));
            return USAGE;
        }
        return report(verdict, record == null ? "the store" : "record " + record, json, out);
    }

    /** Runs {@code verify-export} with the arguments that follow it; answers the exit code. */
    public static int verifyExport(String[] args, PrintStream out) {
        String file = null;
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.equals("--json")) {
                json = true;
            } else if (file == null && (!arg.startsWith("-") || arg.equals("-"))) {
                file = arg;
            } else {
                out.println("ties verify-export: unexpected argument " + arg);
                out.println(USAGE_TEXT);
                return USAGE;
            }
        }
        if (file == null) {
            out.println("ties verify-export: name the export file (or - for standard input)");
            out.println(USAGE_TEXT);
            return USAGE;
        }
        Verdict verdict;
        try (BufferedReader lines = file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            verdict = ExportFormat.verify(lines);
        } catch (NoSuchFileException e) {
            out.println("ties verify-export: no such file: " + file);
            return USAGE;
        } catch (IOException | RuntimeException e) {
            out.println("ties verify-export: cannot read " + file + ": " + rootMessage(e));
            return USAGE;
        }
        return report(verdict, file, json, out);
    }

    static int report(Verdict verdict, String what, boolean json, PrintStream out) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(verdict));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println(verdict.status() + ": " + what + ", " + verdict.events() + " events in " + verdict.streams()
                    + " streams, " + verdict.checkpointsVerified() + " checkpoints verified");
            Checkpoint last = verdict.lastCheckpoint();
            if (last != null) {
                out.println("  last checkpoint #" + last.number() + " at position " + last.position() + ": " + last.hash());
            }
            if (verdict.head() != null) {
                out.println("  head of the record's chain: " + verdict.head());
            }
            if (verdict.firstBreak() != null) {
                out.println("  first broken link: " + describe(verdict.firstBreak()));
            } else if (verdict.firstUnsealed() != null) {
                out.println("  " + verdict.unsealedEvents() + " events not sealed yet, the first: " + describe(verdict.firstUnsealed()));
            }
        }
        return switch (verdict.status()) {
            case OK -> OK;
            case BROKEN -> BROKEN;
            case UNSEALED -> UNSEALED;
        };
    }

    private static String describe(Finding finding) {
        StringBuilder text = new StringBuilder(finding.kind().name()).append(" at position ").append(finding.position());
        if (finding.streamId() != null) {
            text.append(" (record ").append(finding.streamId());
            if (finding.sequenceNumber() != null) {
                text.append(" #").append(finding.sequenceNumber());
            }
            text.append(')');
        }
        text.append(": ").append(finding.detail());
        if (finding.expected() != null || finding.found() != null) {
            text.append("; expected ").append(finding.expected()).append(", found ").append(finding.found());
        }
        return text.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
