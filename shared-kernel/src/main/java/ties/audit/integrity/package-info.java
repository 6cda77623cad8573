/**
 * Tamper evidence for the event store, free of storage and web code so that the service and the
 * offline verifier of an export share it: the canonical stored form of an event ({@link StoredEvent}),
 * the per-stream hash chain and the checkpoints over all streams ({@link Chain}), the verifier that
 * walks a sequence of {@link Link}s and names the first broken one ({@link ChainVerifier}), and the
 * NDJSON export format ({@link ExportFormat}). docs/integrity.md describes all of it for auditors.
 */
package ties.audit.integrity;
