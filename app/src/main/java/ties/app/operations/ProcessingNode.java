package ties.app.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A query-side node that is alive, as it last said so; nodes holding no segment are counted too. */
@Entity
@Table(name = "processing_node")
class ProcessingNode {

    @Id
    @Column(name = "node_id", length = 200)
    private String nodeId;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected ProcessingNode() {
    }

    ProcessingNode(String nodeId, Instant lastSeen) {
        this.nodeId = nodeId;
        this.lastSeen = lastSeen;
    }

    void seen(Instant at) {
        lastSeen = at;
    }
}
