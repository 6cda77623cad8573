package ties.query.visit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.query.store.PartyRegister;
import ties.query.store.ReadModels;
import ties.visit.FindVisit;
import ties.visit.FindVisits;
import ties.visit.VisitList;
import ties.visit.VisitView;

@Component
class VisitQueries {

    private final PartyRegister register;

    VisitQueries(ReadModels store) {
        this.register = new PartyRegister(store, VisitRegisterProjection.MODEL);
    }

    /** The visit, or null when there is none (404). */
    @QueryHandler
    VisitView handle(FindVisit query) {
        return register.one(query.visitId(), query.asOf(), VisitView.class).orElse(null);
    }

    @QueryHandler
    VisitList handle(FindVisits query) {
        return new VisitList(register.find(query.parties(), null, query.from(), query.to(), query.limit(), query.asOf(),
                VisitView.class));
    }
}
