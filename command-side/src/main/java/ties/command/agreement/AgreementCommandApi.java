package ties.command.agreement;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ties.agreement.AgreementFacts;
import ties.agreement.CorrectAgreement;
import ties.agreement.RecordAgreement;
import ties.agreement.WithdrawAgreement;
import ties.command.web.CommandSender;
import ties.command.web.RecordCommandApi;

@RestController
@RequestMapping(AgreementCommandApi.PATH)
@Tag(name = "Agreements", description = "Record signed agreements and the initiatives they cover")
public class AgreementCommandApi extends RecordCommandApi<AgreementFacts> {

    public static final String PATH = "/api/agreements";

    public AgreementCommandApi(CommandSender sender) {
        super(sender, PATH);
    }

    @Override
    protected Object create(String id, AgreementFacts facts) {
        return new RecordAgreement(id, facts);
    }

    @Override
    protected Object correct(String id, String reason, AgreementFacts corrected, Long expectedVersion) {
        return new CorrectAgreement(id, reason, corrected, expectedVersion);
    }

    @Override
    protected Object withdraw(String id, String reason, Long expectedVersion) {
        return new WithdrawAgreement(id, reason, expectedVersion);
    }

    @Override
    protected String slugSource(AgreementFacts facts) {
        return facts.title();
    }
}
