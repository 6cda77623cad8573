package ties.command.scenario;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import ties.command.record.Accepted;
import ties.command.record.RecordDirectory;
import ties.command.web.CommandSender;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What the scenario tests share: a real Bean Validation validator, the seed scenario, a recording sender. */
final class ScenarioFixtures {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** The bundled demo scenario, read from the app module (the single copy of it). */
    static final Path SEED = Path.of("..", "app", "src", "main", "resources", "scenarios", "iran-pakistan-2025.json");

    private ScenarioFixtures() {
    }

    static byte[] seed() {
        try {
            return Files.readAllBytes(SEED);
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests from the command-side module folder", e);
        }
    }

    /** A command sender that records what it is asked to send and answers as {@code answer} says. */
    static final class RecordingSender extends CommandSender {
        final List<Object> sent = new ArrayList<>();
        final List<String> editors = new ArrayList<>();
        final List<String> requestIds = new ArrayList<>();
        private final Function<Object, Accepted> answer;

        RecordingSender(Function<Object, Accepted> answer) {
            super(null, null);
            this.answer = answer;
        }

        RecordingSender() {
            this(command -> new Accepted("id", 0, Accepted.Outcome.CREATED));
        }

        @Override
        public Accepted sendAs(Object command, String editor, String requestId) {
            Accepted accepted = answer.apply(command);
            sent.add(command);
            editors.add(editor);
            requestIds.add(requestId);
            return accepted;
        }
    }

    static ScenarioImport importer(RecordDirectory directory, CommandSender sender, int maxSteps) {
        return new ScenarioImport(VALIDATOR, directory, sender, maxSteps);
    }

    static ScenarioImport importer(RecordDirectory directory) {
        return importer(directory, new RecordingSender(), ScenarioImport.DEFAULT_MAX_STEPS);
    }

    /** A scenario around some steps (JSON objects, comma-separated), with the default provenance of the seed. */
    static String scenario(String steps) {
        return """
                {
                  "scenario": "test-scenario",
                  "title": "A test",
                  "defaultProvenance": {
                    "sources": [{"publisher": "Ties seed article", "published": "2025-01-15",
                                 "attribution": ["Tasnim News Agency"]}],
                    "confidence": "HIGH"
                  },
                  "steps": [%s]
                }
                """.formatted(steps);
    }
}
