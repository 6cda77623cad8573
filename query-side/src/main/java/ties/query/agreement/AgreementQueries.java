package ties.query.agreement;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.agreement.AgreementList;
import ties.agreement.AgreementView;
import ties.agreement.FindAgreement;
import ties.agreement.FindAgreements;
import ties.query.store.PartyRegister;
import ties.query.store.ReadModels;

@Component
class AgreementQueries {

    private final PartyRegister register;

    AgreementQueries(ReadModels store) {
        this.register = new PartyRegister(store, AgreementRegisterProjection.MODEL);
    }

    /** The agreement, or null when there is none (404). */
    @QueryHandler
    AgreementView handle(FindAgreement query) {
        return register.one(query.agreementId(), query.asOf(), AgreementView.class).orElse(null);
    }

    @QueryHandler
    AgreementList handle(FindAgreements query) {
        return new AgreementList(register.find(query.parties(), query.kind(), query.from(), query.to(), query.limit(),
                query.asOf(), AgreementView.class));
    }
}
