package ties.command.scenario;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * With {@code ties.demo.enabled=true}, imports the bundled demo scenario (the seed article) once the
 * application is ready, as editor {@value #EDITOR}. Importing is idempotent, so restarting with the
 * flag records nothing new. Part of the command side: a query-only node never imports.
 */
@Component
@ConditionalOnProperty(name = "ties.demo.enabled", havingValue = "true")
class DemoScenario {

    static final String EDITOR = "ties-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

    private final ScenarioImport scenarioImport;
    private final Resource scenario;

    DemoScenario(ScenarioImport scenarioImport,
                 @Value("${ties.demo.scenario:classpath:scenarios/iran-pakistan-2025.json}") Resource scenario) {
        this.scenarioImport = scenarioImport;
        this.scenario = scenario;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importDemo() {
        byte[] json;
        try (InputStream in = scenario.getInputStream()) {
            json = in.readAllBytes();
        } catch (IOException e) {
            log.error("Demo scenario {} could not be read; nothing imported", scenario, e);
            return;
        }
        try {
            ImportReport report = scenarioImport.run(json, EDITOR, "demo-" + System.currentTimeMillis());
            switch (report.status()) {
                case IMPORTED -> log.info("Demo scenario '{}' imported: {} steps, {} created, {} updated, {} unchanged",
                        report.scenario(), report.totalSteps(), report.created(), report.updated(), report.unchanged());
                case INVALID -> log.error("Demo scenario '{}' is invalid; nothing imported:\n  {}", report.scenario(),
                        String.join("\n  ", report.problems().stream().map(ImportProblem::toString).toList()));
                default -> log.error("Demo scenario '{}' stopped at {}: {} ({} steps applied)", report.scenario(),
                        report.failure().position(), report.failure().message(), report.stepsApplied());
            }
        } catch (RuntimeException e) {
            log.error("Demo scenario {} could not be imported", scenario, e);
        }
    }
}
