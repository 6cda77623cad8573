package ties.ui.audit;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ties.query.deadletter.DeadLetters;
import ties.query.rebuild.ReadModelRebuilds;

import java.time.Instant;

/**
 * Operations for auditors and admins: verify the event store's integrity, rebuild a read model while
 * watching its progress (position, events per second, time left), and, for admins, the events read
 * models parked as dead letters, retried from here.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class OperationsPages {

    private final ReadModelRebuilds rebuilds;
    private final DeadLetters deadLetters;
    private final ObjectProvider<IntegrityCheck> integrity;

    public OperationsPages(ReadModelRebuilds rebuilds, DeadLetters deadLetters, ObjectProvider<IntegrityCheck> integrity) {
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        this.integrity = integrity;
    }

    @GetMapping("/operations")
    String operations(Model model) {
        model.addAttribute("readModels", rebuilds.progress());
        model.addAttribute("canVerify", integrity.getIfAvailable() != null);
        return "operations/operations";
    }

    /** The read models' progress alone: the page polls it while a rebuild runs. */
    @GetMapping("/operations/read-models")
    String readModels(Model model) {
        model.addAttribute("readModels", rebuilds.progress());
        return "operations/operations :: readModels";
    }

    @PostMapping("/operations/read-models/{name}/rebuild")
    String rebuild(@PathVariable String name, Model model) {
        rebuilds.rebuild(name);
        return readModels(model);
    }

    @GetMapping("/operations/integrity")
    String verify(Model model) {
        IntegrityCheck check = integrity.getIfAvailable();
        if (check == null) {
            throw new IllegalArgumentException("this node does not hold the event store's seals; verify on a command node");
        }
        model.addAttribute("verdict", check.verifyStore());
        model.addAttribute("verifiedAt", Instant.now());
        return "operations/operations :: verdict";
    }

    @GetMapping("/operations/dead-letters")
    String deadLetters(Model model) {
        model.addAttribute("queues", deadLetters.queues());
        return "operations/dead-letters";
    }

    @PostMapping("/operations/dead-letters/{readModel}/retry")
    String retry(@PathVariable String readModel, RedirectAttributes redirect) {
        DeadLetters.Retry retry = deadLetters.retry(readModel, null);
        redirect.addFlashAttribute("recorded", "Retried " + retry.sequencesTried() + " parked sequences of " + readModel
                + ": " + retry.sequencesApplied() + " applied, " + retry.deadLettersLeft() + " events still parked.");
        return "redirect:/operations/dead-letters";
    }
}
