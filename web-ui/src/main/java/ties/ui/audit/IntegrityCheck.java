package ties.ui.audit;

import ties.audit.integrity.Verdict;

/**
 * Verifies the sealed event store (docs/integrity.md). The verification lives with the event store in
 * the app, which provides this on nodes that verify; the operations page shows its verdict.
 */
@FunctionalInterface
public interface IntegrityCheck {

    Verdict verifyStore();
}
