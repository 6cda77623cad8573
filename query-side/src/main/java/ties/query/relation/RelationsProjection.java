package ties.query.relation;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import ties.query.store.ReadModels;
import ties.query.timeline.DevelopmentProjection;

/**
 * Developments per country pair, for the relations chart. Its own processing group, so that it can
 * be rebuilt without touching the timeline.
 */
@Component
@ProcessingGroup(RelationsProjection.GROUP)
public class RelationsProjection extends DevelopmentProjection {

    public static final String GROUP = "relations";
    static final String MODEL = "relation";

    public RelationsProjection(ReadModels store) {
        super(store, MODEL);
    }
}
