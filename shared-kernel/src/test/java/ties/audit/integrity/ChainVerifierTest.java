package ties.audit.integrity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.audit.integrity.Finding.Kind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Hash chain: per-stream links, checkpoints, and the first broken link")
class ChainVerifierTest {

    static final String INITIATIVE = "pk-bd-defence-cooperation";
    static final String ACTOR = "asim-munir";

    /** Two streams interleaved: an initiative between Pakistan and Bangladesh and the actor proposing it. */
    static SealedLog seedLog() {
        return new SealedLog()
                .append(ACTOR, "{\"name\":\"Asim Munir\",\"country\":\"PK\"}")
                .append(INITIATIVE, "{\"title\":\"Pakistan–Bangladesh defence cooperation\",\"parties\":[\"PK\",\"BD\"]}")
                .append(INITIATIVE, "{\"status\":\"UNDER_DISCUSSION\"}")
                .checkpoint()
                .append(ACTOR, "{\"alias\":\"General Munir\"}")
                .append(INITIATIVE, "{\"status\":\"AGREED\"}")
                .checkpoint();
    }

    @Test
    void a_sealed_and_checkpointed_log_verifies() {
        Verdict verdict = seedLog().verifyStore();
        assertThat(verdict.status()).isEqualTo(Verdict.Status.OK);
        assertThat(verdict.events()).isEqualTo(5);
        assertThat(verdict.streams()).isEqualTo(2);
        assertThat(verdict.checkpointsVerified()).isEqualTo(2);
        assertThat(verdict.lastCheckpoint().position()).isEqualTo(5);
    }

    @Test
    void the_canonical_form_length_prefixes_fields_so_shifting_bytes_between_them_changes_the_hash() {
        StoredEvent a = new StoredEvent(1, "e", "ab", 0, "c", "t", null, new byte[]{1}, null, "2025-01-15T10:00:00Z");
        StoredEvent b = new StoredEvent(1, "e", "a", 0, "bc", "t", null, new byte[]{1}, null, "2025-01-15T10:00:00Z");
        StoredEvent nullRevision = new StoredEvent(1, "e", "a", 0, "bc", "t", "", new byte[]{1}, null, "2025-01-15T10:00:00Z");
        assertThat(Chain.link(Hash.GENESIS, a)).isNotEqualTo(Chain.link(Hash.GENESIS, b));
        assertThat(Chain.link(Hash.GENESIS, b)).isNotEqualTo(Chain.link(Hash.GENESIS, nullRevision));
    }

    @Test
    void an_altered_payload_is_the_first_broken_link() {
        SealedLog log = seedLog();
        Link original = log.at(3);
        log.replace(3, new Link(3, SealedLog.withPayload(original.event(), "{\"status\":\"SUSPENDED\"}"), original.seal()));

        Finding broken = log.verifyStore().firstBreak();
        assertThat(broken.kind()).isEqualTo(Kind.ALTERED);
        assertThat(broken.position()).isEqualTo(3);
        assertThat(broken.streamId()).isEqualTo(INITIATIVE);
        assertThat(broken.sequenceNumber()).isEqualTo(1);
        assertThat(broken.expected()).isEqualTo(original.seal().hash());
        assertThat(broken.found()).isNotEqualTo(original.seal().hash());
    }

    @Test
    void a_removed_event_is_missing_whether_or_not_its_seal_went_too() {
        SealedLog log = seedLog();
        log.replace(2, new Link(2, null, log.at(2).seal()));
        assertThat(log.verifyStore().firstBreak()).extracting(Finding::kind, Finding::position, Finding::sequenceNumber)
                .containsExactly(Kind.MISSING, 2L, 0L);

        SealedLog both = seedLog();
        List<Link> without = both.links.stream().filter(link -> link.position() != 2).toList();
        Finding gap = SealedLog.verify(ChainVerifier.ofStore(both.checkpoints), without).firstBreak();
        assertThat(gap).extracting(Finding::kind, Finding::position, Finding::streamId, Finding::sequenceNumber)
                .containsExactly(Kind.MISSING, 3L, INITIATIVE, 0L);
    }

    @Test
    void swapped_sequence_numbers_are_reordered() {
        SealedLog log = seedLog();
        Link first = log.at(2);
        Link second = log.at(3);
        log.replace(2, new Link(2, SealedLog.withSequence(first.event(), 1), first.seal()));
        log.replace(3, new Link(3, SealedLog.withSequence(second.event(), 0), second.seal()));

        assertThat(log.verifyStore().firstBreak()).extracting(Finding::kind, Finding::position)
                .containsExactly(Kind.REORDERED, 2L);
    }

    @Test
    void removing_a_streams_newest_event_with_its_seal_is_caught_by_the_checkpoint() {
        SealedLog log = seedLog();
        List<Link> withoutTail = log.links.subList(0, 4);

        Finding broken = SealedLog.verify(ChainVerifier.ofStore(log.checkpoints), withoutTail).firstBreak();
        assertThat(broken.kind()).isEqualTo(Kind.CHECKPOINT);
        assertThat(broken.position()).isEqualTo(5);
        assertThat(broken.expected()).isEqualTo(log.checkpoints.get(1).hash());
    }

    @Test
    void a_rewritten_checkpoint_breaks_the_checkpoint_chain() {
        SealedLog log = seedLog();
        Checkpoint first = log.checkpoints.get(0);
        log.checkpoints.set(0, new Checkpoint(1, first.position(), first.eventCount(), first.previous(),
                Hash.of(new byte[32]), first.createdAt()));
        assertThat(log.verifyStore().firstBreak()).extracting(Finding::kind, Finding::position)
                .containsExactly(Kind.CHECKPOINT, 3L);
    }

    @Test
    void events_after_the_last_checkpoint_without_a_seal_are_unsealed_not_broken() {
        SealedLog log = seedLog().appendUnsealed(INITIATIVE, "{\"status\":\"IMPLEMENTED\"}");
        Verdict verdict = log.verifyStore();
        assertThat(verdict.status()).isEqualTo(Verdict.Status.UNSEALED);
        assertThat(verdict.firstBreak()).isNull();
        assertThat(verdict.firstUnsealed()).extracting(Finding::kind, Finding::position).containsExactly(Kind.UNSEALED, 6L);
    }

    @Test
    void a_seal_removed_inside_a_checkpoint_is_not_mistaken_for_an_unsealed_event() {
        SealedLog log = seedLog();
        log.replace(4, new Link(4, log.at(4).event(), null));
        assertThat(log.verifyStore().firstBreak()).extracting(Finding::kind, Finding::position)
                .containsExactly(Kind.SEAL_MISSING, 4L);
    }

    @Test
    void one_stream_verifies_from_genesis_and_names_its_head() {
        SealedLog log = seedLog();
        List<Link> initiative = log.links.stream().filter(link -> link.streamId().equals(INITIATIVE)).toList();

        Verdict verdict = SealedLog.verify(ChainVerifier.ofStream(INITIATIVE, 5), initiative);
        assertThat(verdict.status()).isEqualTo(Verdict.Status.OK);
        assertThat(verdict.events()).isEqualTo(3);
        assertThat(verdict.head()).isEqualTo(log.at(5).seal().hash());
    }
}
