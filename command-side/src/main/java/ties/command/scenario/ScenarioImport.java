package ties.command.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import ties.command.record.Accepted;
import ties.command.record.RecordDirectory;
import ties.command.web.CommandSender;
import ties.command.web.JsonErrors;
import ties.fact.Provenance;
import ties.fact.Rejection;
import ties.record.Ids;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a scenario: a batch of commands written as JSON (see {@code docs/scenario-format.md}).
 *
 * <p>The whole batch is checked before anything is sent, and every problem is reported with its
 * position: JSON that does not fit the command, Bean Validation, dates that do not resolve against
 * their source's publication date, and references to records that neither an earlier step creates nor
 * are recorded. Only a batch without problems is executed, step by step, in order, through
 * {@link CommandSender#sendAs}. Every step is idempotent (creates by id, parts by their ids, status
 * changes by {@code changeId}, roles and aliases by content), so importing the same scenario again
 * records nothing new.
 */
@Service
public class ScenarioImport {

    public static final int DEFAULT_MAX_STEPS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(ScenarioImport.class);
    private static final Set<String> SCENARIO_FIELDS = Set.of("scenario", "title", "description", "defaultProvenance", "steps");
    private static final Set<String> STEP_META = Set.of("type", "comment");

    private final Validator validator;
    private final RecordDirectory directory;
    private final CommandSender sender;
    private final int maxSteps;

    public ScenarioImport(Validator validator, RecordDirectory directory, CommandSender sender,
                          @Value("${ties.limits.max-import-steps:" + DEFAULT_MAX_STEPS + "}") int maxSteps) {
        this.validator = validator;
        this.directory = directory;
        this.sender = sender;
        this.maxSteps = maxSteps;
    }

    /** A body that is not JSON at all. */
    public static class MalformedScenarioException extends RuntimeException {
        MalformedScenarioException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads a scenario's JSON (strictly: duplicate keys and trailing content are refused). */
    public JsonNode parse(byte[] json) {
        try {
            JsonNode node = ScenarioJson.read(json);
            if (node == null || node.isMissingNode()) {
                throw new MalformedScenarioException("the body is empty: send a scenario as a JSON object", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new MalformedScenarioException("the body is not valid JSON" + where + ": " + JsonErrors.firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new MalformedScenarioException("the body could not be read: " + e.getMessage(), e);
        }
    }

    public ImportReport validate(byte[] json) {
        return validate(parse(json));
    }

    /** Checks the whole scenario and reports every problem; records nothing. */
    public ImportReport validate(JsonNode scenario) {
        Plan plan = plan(scenario);
        return plan.report(plan.problems.isEmpty() ? ImportReport.Status.VALID : ImportReport.Status.INVALID, true, 0, null);
    }

    public ImportReport run(byte[] json, String editor, String requestId) {
        return run(json, editor, requestId, ImportProgress.NONE);
    }

    public ImportReport run(byte[] json, String editor, String requestId, ImportProgress progress) {
        return run(parse(json), editor, requestId, progress);
    }

    public ImportReport run(JsonNode scenario, String editor, String requestId) {
        return run(scenario, editor, requestId, ImportProgress.NONE);
    }

    /**
     * Checks the whole scenario and, only if it has no problem, sends its steps in order as
     * {@code editor}, telling {@code progress} after each. Step {@code i} is sent with request id
     * {@code requestId/i}. Stops at the first step refused at execution (the report says which; the steps
     * before it stay recorded).
     */
    public ImportReport run(JsonNode scenario, String editor, String requestId, ImportProgress progress) {
        Plan plan = plan(scenario);
        if (!plan.problems.isEmpty()) {
            return plan.report(ImportReport.Status.INVALID, false, 0, null);
        }
        for (int i = 0; i < plan.steps.size(); i++) {
            Step step = plan.steps.get(i);
            Accepted accepted;
            try {
                accepted = sender.sendAs(step.command, editor, requestId + "/" + i);
            } catch (RuntimeException e) {
                ImportReport.Failure failure = failure(step, e);
                log.warn("Import of scenario '{}' by {} stopped at {}: {} ({} earlier steps applied)",
                        plan.scenario, editor, step.position(), failure.message(), i);
                return plan.report(ImportReport.Status.FAILED, false, i, failure);
            }
            plan.count(step.type, accepted.outcome());
            progress.applied(i + 1, plan.steps.size());
        }
        ImportReport report = plan.report(ImportReport.Status.IMPORTED, false, plan.steps.size(), null);
        log.info("Imported scenario '{}' as {}: {} steps, {} created, {} updated, {} unchanged",
                plan.scenario, editor, report.totalSteps(), report.created(), report.updated(), report.unchanged());
        return report;
    }

    public int maxSteps() {
        return maxSteps;
    }

    // --- checking ------------------------------------------------------------------------------------

    private record Step(int index, String type, String label, Object command) {
        String position() {
            return "steps[" + index + "]";
        }
    }

    /** The checked batch: its steps bound to commands, the problems found, and the counts. */
    private static final class Plan {
        String scenario;
        String title;
        int totalSteps;
        final List<Step> steps = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<String, int[]> counts = new LinkedHashMap<>();

        void planned(String type) {
            counts.computeIfAbsent(type, t -> new int[4])[0]++;
        }

        void count(String type, Accepted.Outcome outcome) {
            int[] c = counts.get(type);
            switch (outcome) {
                case CREATED -> c[1]++;
                case UPDATED -> c[2]++;
                case UNCHANGED -> c[3]++;
            }
        }

        ImportReport report(ImportReport.Status status, boolean dryRun, int applied, ImportReport.Failure failure) {
            Map<String, ImportReport.StepCounts> byType = new LinkedHashMap<>();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                byType.put(e.getKey(), new ImportReport.StepCounts(c[0], c[1], c[2], c[3]));
                created += c[1];
                updated += c[2];
                unchanged += c[3];
            }
            return new ImportReport(scenario, title, status, dryRun, totalSteps, applied, created, updated, unchanged,
                    byType, List.copyOf(problems), failure);
        }
    }

    private Plan plan(JsonNode root) {
        Plan plan = new Plan();
        if (root == null || !root.isObject()) {
            plan.problems.add(new ImportProblem(ImportProblem.SCENARIO, null, null,
                    "a scenario is a JSON object with 'scenario', 'title' and 'steps'"));
            return plan;
        }
        JsonNode steps = root.get("steps");
        if (steps != null && steps.isArray() && steps.size() > maxSteps) {
            throw new ScenarioTooLargeException(maxSteps, steps.size());
        }
        ScenarioProblems top = (field, message) -> plan.problems.add(new ImportProblem(ImportProblem.SCENARIO, null, field, message));
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SCENARIO_FIELDS.contains(name)) {
                top.add(name, "unknown field '" + name + "'" + ScenarioJson.suggestion(name, SCENARIO_FIELDS)
                        .map(s -> "; did you mean '" + s + "'?").orElse("") + " (known fields: defaultProvenance, "
                        + "description, scenario, steps, title)");
            }
        }
        plan.scenario = text(root, "scenario");
        plan.title = text(root, "title");
        if (plan.scenario == null || !plan.scenario.matches(Ids.SLUG)) {
            top.add("scenario", "name the scenario with a slug (" + Ids.SLUG_RULE + ")");
        }
        if (plan.title == null || plan.title.isBlank() || plan.title.length() > 300 || plan.title.chars().anyMatch(Character::isISOControl)) {
            top.add("title", "give the scenario a title: one line of at most 300 characters");
        }
        JsonNode description = root.get("description");
        if (description != null && !description.isNull() && !description.isTextual()) {
            top.add("description", "expected a string");
        }
        JsonNode defaultProvenance = root.get("defaultProvenance");
        Default usable = checkDefaultProvenance(defaultProvenance, top);
        if (usable != Default.VALID && usable != Default.INVALID) {
            defaultProvenance = null;
        }
        boolean defaultValid = usable == Default.VALID || usable == Default.ABSENT;
        if (steps == null || !steps.isArray()) {
            top.add("steps", "give the steps as a JSON array");
            return plan;
        }
        if (steps.isEmpty()) {
            top.add("steps", "the scenario has no steps");
        }
        plan.totalSteps = steps.size();

        Map<String, Integer> createdAnywhere = new HashMap<>();
        Set<String> withdrawnAnywhere = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepTypes.StepType type = typeOf(steps.get(i));
            String id = type == null ? null : text(steps.get(i), type.idFields().get(0));
            if (type != null && id != null) {
                if (type.creates() != null) {
                    createdAnywhere.putIfAbsent(id, i);
                } else if (type.name().startsWith("Withdraw")) {
                    withdrawnAnywhere.add(id);
                }
            }
        }
        BatchCheck batch = new BatchCheck(directory, createdAnywhere, withdrawnAnywhere);
        for (int i = 0; i < steps.size(); i++) {
            checkStep(plan, batch, i, steps.get(i), defaultProvenance, defaultValid);
        }
        return plan;
    }

    private interface ScenarioProblems {
        void add(String field, String message);
    }

    /**
     * The default provenance: absent; valid; bound but invalid (it is still given to the steps, whose
     * problems inside it are not repeated); or unusable (not given, and missing provenances not reported).
     */
    private enum Default { ABSENT, VALID, INVALID, UNUSABLE }

    /** Checks the scenario's default provenance, reporting its problems once. */
    private Default checkDefaultProvenance(JsonNode node, ScenarioProblems top) {
        if (node == null || node.isNull()) {
            return Default.ABSENT;
        }
        if (!node.isObject()) {
            top.add("defaultProvenance", "expected an object (Provenance): {\"sources\": [...], \"confidence\": ...}");
            return Default.UNUSABLE;
        }
        List<String> unknown = new ArrayList<>();
        ScenarioJson.walk(node, Provenance.class, "defaultProvenance", null, (field, message) -> {
            unknown.add(field);
            top.add(field, message);
        }, path -> { });
        Provenance provenance;
        try {
            provenance = ScenarioJson.bind(node, Provenance.class, !unknown.isEmpty());
        } catch (JsonMappingException e) {
            top.add(join("defaultProvenance", JsonErrors.path(e)), JsonErrors.describe(e));
            return Default.UNUSABLE;
        } catch (IOException e) {
            top.add("defaultProvenance", JsonErrors.firstLine(e.getMessage()));
            return Default.UNUSABLE;
        }
        Set<ConstraintViolation<Provenance>> violations = validator.validate(provenance);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> top.add(join("defaultProvenance", path(v)), v.getMessage()));
        if (!unknown.isEmpty()) {
            return Default.UNUSABLE;
        }
        return violations.isEmpty() ? Default.VALID : Default.INVALID;
    }

    private void checkStep(Plan plan, BatchCheck batch, int index, JsonNode node, JsonNode defaultProvenance,
                           boolean defaultValid) {
        String position = "steps[" + index + "]";
        if (node == null || !node.isObject()) {
            plan.problems.add(new ImportProblem(position, null, null, "a step is a JSON object with a 'type' and the command's fields"));
            return;
        }
        JsonNode typeNode = node.get("type");
        StepTypes.StepType type = typeOf(node);
        if (type == null) {
            String message;
            if (typeNode == null || typeNode.isNull()) {
                message = "the step has no 'type'; give one of " + String.join(", ", StepTypes.ALL.keySet());
            } else {
                String name = typeNode.isTextual() ? typeNode.asText() : typeNode.toString();
                message = "unknown step type '" + name + "'" + ScenarioJson.suggestion(name, StepTypes.ALL.keySet())
                        .map(s -> "; did you mean '" + s + "'?").orElse("")
                        + " (step types: " + String.join(", ", StepTypes.ALL.keySet()) + ")";
            }
            plan.problems.add(new ImportProblem(position, null, "type", message));
            return;
        }
        String label = label(type, node);
        plan.planned(type.name());
        List<ImportProblem> problems = plan.problems;
        JsonNode comment = node.get("comment");
        if (comment != null && !comment.isNull() && !comment.isTextual()) {
            problems.add(new ImportProblem(position, label, "comment", "expected a string"));
        }

        ObjectNode fields = node.deepCopy();
        fields.remove(STEP_META);
        Set<String> defaulted = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        ScenarioJson.walk(fields, type.command(), "", defaultProvenance, (field, message) -> {
            unknown.add(field);
            problems.add(new ImportProblem(position, label, field, message));
        }, defaulted::add);
        // problems of an invalid default are reported once, on the default, not on every step that uses it
        BatchCheck.Problems stepProblems = (field, message) -> {
            if (defaultValid || defaulted.stream().noneMatch(p -> field.equals(p) || field.startsWith(p + "."))) {
                problems.add(new ImportProblem(position, label, field, message));
            }
        };

        Object command;
        try {
            command = ScenarioJson.bind(fields, type.command(), !unknown.isEmpty());
        } catch (JsonMappingException e) {
            problems.add(new ImportProblem(position, label, JsonErrors.path(e), JsonErrors.describe(e)));
            batch.unbound(index, type.creates(), text(node, type.idFields().get(0)));
            return;
        } catch (IOException e) {
            problems.add(new ImportProblem(position, label, null, JsonErrors.firstLine(e.getMessage())));
            batch.unbound(index, type.creates(), text(node, type.idFields().get(0)));
            return;
        }
        validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> stepProblems.add(path(v), v.getMessage()));
        expectedVersion(command, stepProblems);
        batch.check(index, command, fields, stepProblems);
        plan.steps.add(new Step(index, type.name(), label, command));
    }

    /** Scenarios are re-imported: a version check would make the second import fail. */
    private static void expectedVersion(Object command, BatchCheck.Problems problems) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals("expectedVersion")) {
                try {
                    if (component.getAccessor().invoke(command) != null) {
                        problems.add("expectedVersion", "leave expectedVersion out of scenarios: a scenario is imported "
                                + "again unchanged, and a version check would refuse the second import");
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static StepTypes.StepType typeOf(JsonNode step) {
        JsonNode type = step == null ? null : step.get("type");
        return type != null && type.isTextual() ? StepTypes.ALL.get(type.asText()) : null;
    }

    /** "RecordMeeting bagheri-islamabad-2025/bagheri-munir-islamabad", read from the JSON as written. */
    private static String label(StepTypes.StepType type, JsonNode node) {
        String ids = type.idFields().stream()
                .map(field -> node.at("/" + field.replace('.', '/')))
                .filter(JsonNode::isTextual).map(JsonNode::asText)
                .collect(Collectors.joining("/"));
        return ids.isEmpty() ? type.name() : type.name() + " " + ids;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A Bean Validation path as editors write it: "visit.visitorIds[0]" (container element nodes dropped). */
    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
    }

    private static String join(String prefix, String path) {
        return path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    // --- execution -----------------------------------------------------------------------------------

    private static ImportReport.Failure failure(Step step, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Rejection rejection) {
                return new ImportReport.Failure(step.position(), step.label(), rejection.field(), rejection.getMessage(),
                        rejection.kind().name());
            }
            if (t instanceof JSR303ViolationException violation) {
                String message = violation.getViolations().stream()
                        .map(v -> path(v) + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
                return new ImportReport.Failure(step.position(), step.label(), null, message, Rejection.Kind.INVALID.name());
            }
            if (t instanceof ConflictingModificationException || t instanceof ConcurrencyException) {
                return new ImportReport.Failure(step.position(), step.label(), null,
                        "another change to this record was saved at the same moment: " + t.getMessage(),
                        Rejection.Kind.CONFLICT.name());
            }
        }
        log.error("Import step {} ({}) failed unexpectedly", step.position(), step.label(), e);
        return new ImportReport.Failure(step.position(), step.label(), null,
                "the step failed unexpectedly: " + JsonErrors.firstLine(String.valueOf(e.getMessage())), "ERROR");
    }
}
