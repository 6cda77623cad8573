package ties.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import ties.app.web.ProblemType;
import ties.app.web.ProblemWriter;

import java.io.IOException;

/** Refuses a cross-origin request from an origin not allowed with a problem, not Spring's plain text. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ProblemWriter problems;

    ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
        problems.write(servlet, ProblemType.FORBIDDEN, "this origin may not call Ties from a browser "
                + "(ties.security.cors.allowed-origins)");
    }
}
