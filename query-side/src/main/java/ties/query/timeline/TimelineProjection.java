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
    static final String MODEL = "timeline";

    private final QueryUpdateEmitter emitter;

    public TimelineProjection(ReadModels store, QueryUpdateEmitter emitter) {
        super(store, MODEL);
        this.emitter = emitter;
    }

    @Override
    protected void changed(Development development) {
        emitter.emit(FindTimeline.class, query -> query.asOf() == null && query.matches(development), development);
    }
}
