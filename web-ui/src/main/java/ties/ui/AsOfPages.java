package ties.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import ties.audit.ChangesAround;
import ties.audit.FindChangesAround;
import ties.query.audit.AuditLogProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;

import java.time.Instant;
import java.util.function.Function;

/**
 * What the pages that can be seen "as of" a recorded moment share: the moment in the model, and for
 * auditors (who alone may look back) links that step the page to the previous or the next recorded
 * change, of its record or of the whole store. The links are the page's own URL with another
 * {@code asOf}, so that each step can be bookmarked.
 */
@Component
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class AsOfPages {

    private final Ask ask;
    private final AuthorityAuthorizationManager<Object> auditor = AuthorityAuthorizationManager.hasRole("AUDITOR");

    public AsOfPages(Ask ask, ObjectProvider<RoleHierarchy> roles) {
        this.ask = ask;
        // An administrator is an auditor too.
        roles.ifAvailable(auditor::setRoleHierarchy);
    }

    /**
     * A record's page as of the moment asked for: asks for the record as it stood (its query made from
     * the moment), refuses it as unknown when it was not recorded then, and puts it, the moment and the
     * steps into the model.
     */
    public <T> T record(String label, String id, String asOf, Long at, String group, Function<Instant, Object> query,
                        Class<T> type, HttpServletRequest request, Model model) {
        Instant moment = AsOf.parse(asOf);
        T found = QueryParameters.found(ask.ask(group, at, query.apply(moment), type), label, id);
        model.addAttribute(label, found);
        model.addAttribute("asOf", moment);
        model.addAttribute("asOfField", AsOf.field(moment));
        steps(id, moment, request, model);
        return found;
    }

    /**
     * The links (the request's path, context path included) to the recorded changes either side of the
     * moment: of one record, or of all for a null id.
     */
    public void steps(String recordId, Instant moment, HttpServletRequest request, Model model) {
        if (!auditor.authorize(SecurityContextHolder.getContext()::getAuthentication, request).isGranted()) {
            return;
        }
        ChangesAround around = ask.ask(AuditLogProjection.GROUP, null, new FindChangesAround(recordId, moment),
                ChangesAround.class);
        model.addAttribute("previousChange", link(request, around.previous()));
        model.addAttribute("nextChange", link(request, around.next()));
    }

    private static String link(HttpServletRequest request, Instant moment) {
        // A list's cursor and a position to wait for belong to the page they came with.
        return moment == null ? null : UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("after").replaceQueryParam("at").replaceQueryParam(AsOf.PARAMETER, moment.toString())
                .build().toUriString();
    }
}
