package ties.query.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import ties.query.store.ReadModels;
import ties.timeline.Development;
import ties.timeline.FindTimeline;

/** The timeline: every development in the order it happened, with live updates for subscribers. */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection extends DevelopmentProjection {

    public static final String GROUP = "timeline";
    public static final String MODEL = "timeline";

    private final QueryUpdateEmitter emitter;

    public TimelineProjection(ReadModels store, QueryUpdateEmitter emitter) {
        super(store, MODEL);
        this.emitter = emitter;
    }

    /** Also sent to the subscribers it matched before, so that they hear that a correction took it off their filters. */
    @Override
    protected void changed(Development development, Development previous) {
        if (!store.isServing()) {
            return;
        }
        emitter.emit(FindTimeline.class, query -> query.asOf() == null
                && (query.matches(development) || previous != null && query.matches(previous)), development);
    }

    /** Subscribers it matched are sent it flagged as withdrawn, so that they take it off. */
    @Override
    protected void removed(Development d) {
        changed(new Development(d.key(), d.kind(), d.recordType(), d.recordId(), d.summary(), d.occurred(), d.recordedAt(),
                d.recordedBy(), d.countries(), d.actorIds(), d.initiativeIds(), true), null);
    }
}
