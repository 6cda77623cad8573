package ties.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import ties.Api;
import ties.Api.Answer;
import ties.app.integrity.VerifyCommand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;
import static ties.SeedJson.status;

/**
 * The tamper-evidence steps both stores run (H2 in {@link IntegrityTest}, PostgreSQL in
 * {@code PostgresStoreTest}): record through the API, verify, edit {@code domain_event_entry} rows
 * directly and see verification name the first broken link, put every row back, and export and
 * verify offline. Each edit is undone, so the store stays whole for the tests that share it.
 */
public final class TamperEvidence {

    /** A connection to the store under test, as a database administrator would have. */
    public interface Database {
        Connection connect() throws SQLException;
    }

    /** Takes a checkpoint over everything recorded so far (the scheduled one waits for events to settle). */
    public interface Checkpoints {
        void takeNow();
    }

    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, payload, meta_data, time_stamp";

    private final int port;
    private final Database database;
    private final Checkpoints checkpoints;
    private final List<String> cliDatabaseArguments;
    private final Api editor;
    private final Api auditor;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param cliDatabaseArguments what {@code java -jar ties.jar verify} needs to reach this store */
    public TamperEvidence(int port, Database database, Checkpoints checkpoints, List<String> cliDatabaseArguments) {
        this.port = port;
        this.database = database;
        this.checkpoints = checkpoints;
        this.cliDatabaseArguments = cliDatabaseArguments;
        this.editor = new Api(port, "editor");
        this.auditor = new Api(port, "auditor");
    }

    /** Runs every step; {@code suffix} keeps the records apart from other tests' in a shared store. */
    public void run(String suffix, Path folder) throws Exception {
        String initiative = record(suffix);
        checkpoints.takeNow();
        assertWhole(initiative);
        assertThat(cliVerify()).as("java -jar ties.jar verify on a whole store").isZero();
        exportsVerifyOffline(initiative, folder);

        List<Long> positions = positions(initiative);
        long proposed = positions.get(0);
        long moved = positions.get(1);

        Object[] proposal = row(proposed);
        update("update domain_event_entry set payload = ? where global_index = ?",
                new String((byte[]) proposal[7], StandardCharsets.UTF_8).replace("Joint naval exercises", "Joint naval drills")
                        .getBytes(StandardCharsets.UTF_8), proposed);
        assertBroken("/api/audit/integrity", "ALTERED", proposed, initiative, 0);
        assertBroken("/api/audit/integrity/records/" + initiative, "ALTERED", proposed, initiative, 0);
        assertThat(cliVerify()).as("java -jar ties.jar verify on an altered store").isEqualTo(VerifyCommand.BROKEN);
        update("update domain_event_entry set payload = ? where global_index = ?", proposal[7], proposed);
        assertWhole(initiative);

        Object[] move = row(moved);
        update("delete from domain_event_entry where global_index = ?", moved);
        assertBroken("/api/audit/integrity", "MISSING", moved, initiative, 1);
        assertBroken("/api/audit/integrity/records/" + initiative, "MISSING", moved, initiative, 1);
        insert(move);
        assertWhole(initiative);

        // Swapped through -1: (aggregate, sequence number) is unique.
        update("update domain_event_entry set sequence_number = -1 where global_index = ?", proposed);
        update("update domain_event_entry set sequence_number = 0 where global_index = ?", moved);
        update("update domain_event_entry set sequence_number = 1 where global_index = ?", proposed);
        assertBroken("/api/audit/integrity", "REORDERED", proposed, initiative, 1);
        update("update domain_event_entry set sequence_number = -1 where global_index = ?", proposed);
        update("update domain_event_entry set sequence_number = 1 where global_index = ?", moved);
        update("update domain_event_entry set sequence_number = 0 where global_index = ?", proposed);
        assertWhole(initiative);

        // The record's newest event and its seal both gone: its own chain looks whole, the checkpoint does not.
        Object[] seal = seal(moved);
        update("delete from domain_event_entry where global_index = ?", moved);
        update("delete from event_seal where global_index = ?", moved);
        assertThat(auditor.get("/api/audit/integrity/records/" + initiative).text("status")).isEqualTo("OK");
        JsonNode checkpoint = assertBroken("/api/audit/integrity", "CHECKPOINT", null, null, null);
        assertThat(checkpoint.path("firstBreak").path("position").asLong()).isGreaterThanOrEqualTo(moved);
        insert(move);
        insertSeal(seal);
        assertWhole(initiative);

        unsealedIsReportedAsSuchAndSealedLater(initiative);
    }

    private String record(String suffix) {
        String actor = "integrity-munir-" + suffix;
        assertThat(editor.put("/api/actors/" + actor, person("Asim Munir " + suffix, "PK", "General Munir")).status())
                .isEqualTo(201);
        String initiative = "integrity-naval-exercises-" + suffix;
        assertThat(editor.put("/api/initiatives/" + initiative,
                initiative("Joint naval exercises in the Arabian Sea", "JOINT_EXERCISE", actor, "recently")).status())
                .isEqualTo(201);
        assertThat(editor.post("/api/initiatives/" + initiative + "/status", status("UNDER_DISCUSSION", "recently"))
                .status()).isEqualTo(200);
        return initiative;
    }

    private void assertWhole(String initiative) {
        Answer store = auditor.get("/api/audit/integrity");
        assertThat(store.status()).isEqualTo(200);
        assertThat(store.text("status")).as("the whole store verifies: %s", store.body()).isEqualTo("OK");
        assertThat(store.body().path("checkpointsVerified").asLong()).isPositive();
        assertThat(store.body().path("lastCheckpoint").path("hash").asText()).hasSize(64);

        Answer record = auditor.get("/api/audit/integrity/records/" + initiative);
        assertThat(record.text("status")).as("the record verifies: %s", record.body()).isEqualTo("OK");
        assertThat(record.body().path("events").asLong()).isEqualTo(2);
        assertThat(record.text("head")).hasSize(64);
    }

    private JsonNode assertBroken(String path, String kind, Long position, String stream, Integer sequence) {
        Answer answer = auditor.get(path);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text("status")).as("%s: %s", path, answer.body()).isEqualTo("BROKEN");
        JsonNode broken = answer.body().path("firstBreak");
        assertThat(broken.path("kind").asText()).as("%s: %s", path, broken).isEqualTo(kind);
        if (position != null) {
            assertThat(broken.path("position").asLong()).as("%s: %s", path, broken).isEqualTo(position);
            assertThat(broken.path("streamId").asText()).isEqualTo(stream);
            assertThat(broken.path("sequenceNumber").asInt()).isEqualTo(sequence);
        }
        assertThat(broken.path("detail").asText()).isNotBlank();
        return answer.body();
    }

    private void exportsVerifyOffline(String initiative, Path folder) throws Exception {
        HttpResponse<String> whole = download("/api/audit/export");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/x-ndjson"));
        Path wholeFile = Files.writeString(folder.resolve("ties-events.ndjson"), whole.body());
        assertThat(cli(out -> VerifyCommand.verifyExport(new String[]{wholeFile.toString()}, out))).isZero();

        HttpResponse<String> one = download("/api/audit/export/records/" + initiative);
        assertThat(one.statusCode()).isEqualTo(200);
        List<String> lines = one.body().lines().toList();
        assertThat(lines).hasSize(4); // header, two events, trailer
        assertThat(lines.get(1)).contains("\"payload\":{").contains("Joint naval exercises in the Arabian Sea")
                .contains("\"hash\":\"");
        Path oneFile = Files.writeString(folder.resolve("initiative.ndjson"), one.body());
        assertThat(cli(out -> VerifyCommand.verifyExport(new String[]{oneFile.toString()}, out))).isZero();

        List<String> tampered = new ArrayList<>(lines);
        tampered.set(2, tampered.get(2).replaceFirst("\"timeStamp\":\"[^\"]+\"", "\"timeStamp\":\"2024-11-12T08:00:00Z\""));
        Path tamperedFile = Files.write(folder.resolve("tampered.ndjson"), tampered);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        assertThat(VerifyCommand.verifyExport(new String[]{tamperedFile.toString()}, new PrintStream(said, true, StandardCharsets.UTF_8)))
                .isEqualTo(VerifyCommand.BROKEN);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("BROKEN").contains("ALTERED").contains(initiative + " #1");

        assertThat(auditor.get("/api/audit/export/records/no-such-record").status()).isEqualTo(404);
    }

    private void unsealedIsReportedAsSuchAndSealedLater(String initiative) throws SQLException {
        Answer moved = editor.post("/api/initiatives/" + initiative + "/status", status("AGREED", "recently"));
        assertThat(moved.status()).isEqualTo(200);
        long position = positions(initiative).get(2);
        update("delete from event_seal where global_index = ?", position);

        Answer store = auditor.get("/api/audit/integrity");
        assertThat(store.text("status")).as("%s", store.body()).isEqualTo("UNSEALED");
        assertThat(store.body().path("firstBreak").isNull()).isTrue();
        assertThat(store.body().path("firstUnsealed").path("position").asLong()).isEqualTo(position);

        checkpoints.takeNow();
        assertThat(auditor.get("/api/audit/integrity").text("status")).isEqualTo("OK");
        assertThat(auditor.get("/api/audit/integrity/records/" + initiative).body().path("events").asLong()).isEqualTo(3);
    }

    private int cliVerify() {
        return cli(out -> VerifyCommand.verifyDatabase(cliDatabaseArguments.toArray(String[]::new), out));
    }

    private interface Command {
        int run(PrintStream out);
    }

    private static int cli(Command command) {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int exit = command.run(new PrintStream(said, true, StandardCharsets.UTF_8));
        System.out.print(said.toString(StandardCharsets.UTF_8));
        return exit;
    }

    private HttpResponse<String> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", Api.demoUser("auditor")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Long> positions(String stream) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "select global_index from domain_event_entry where aggregate_identifier = ? order by sequence_number")) {
            select.setString(1, stream);
            List<Long> positions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getLong(1));
                }
            }
            return positions;
        }
    }

    private Object[] row(long position) throws SQLException {
        return select("select " + COLUMNS + " from domain_event_entry where global_index = ?", position, 10);
    }

    private Object[] seal(long position) throws SQLException {
        return select("select global_index, aggregate_identifier, sequence_number, event_identifier, previous_hash, hash "
                + "from event_seal where global_index = ?", position, 6);
    }

    private void insert(Object[] row) throws SQLException {
        update("insert into domain_event_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
    }

    private void insertSeal(Object[] seal) throws SQLException {
        update("insert into event_seal (global_index, aggregate_identifier, sequence_number, event_identifier, "
                + "previous_hash, hash) values (?, ?, ?, ?, ?, ?)", seal);
    }

    private Object[] select(String sql, long position, int columns) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, position);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("a row at position %d", position).isTrue();
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    Object value = rows.getObject(i + 1);
                    row[i] = value instanceof Blob ? rows.getBytes(i + 1) : value;
                }
                return row;
            }
        }
    }

    private void update(String sql, Object... arguments) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                update.setObject(i + 1, arguments[i]);
            }
            assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
