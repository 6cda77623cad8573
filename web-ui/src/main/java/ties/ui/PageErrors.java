package ties.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.ModelAndView;
import ties.fact.Rejection;
import ties.query.web.NotCaughtUp;

/**
 * A page that cannot be shown says why in a page, not in the API's problem JSON: an unknown record,
 * a filter that is not a value the page takes, a read model still catching up. Comes before the API's
 * advice, for the pages' controllers only.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Rejection.class)
    ModelAndView refused(Rejection rejection) {
        HttpStatus status = rejection.kind() == Rejection.Kind.UNKNOWN_RECORD ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return page(status, rejection.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView invalid(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A filter in the URL that is not a value of its kind (a country code that is none, a day that does not exist). */
    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView mismatch(TypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a value " + e.getPropertyName() + " takes");
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ModelAndView missing(ServletRequestBindingException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotCaughtUp.class)
    ModelAndView notCaughtUp(NotCaughtUp e) {
        // What was just recorded is on its way to the read model: the page asks again by itself.
        ModelAndView page = page(HttpStatus.SERVICE_UNAVAILABLE, "What was just recorded is not shown yet ("
                + e.getMessage() + "); this page reloads by itself.");
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }

    /**
     * A reader who closed the live board or navigated away: nobody is left to answer (writing a page
     * to the closed stream failed a second time, and both went to the log as Ties' faults).
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void readerGone() {
        // nothing to send
    }

    /** Anything else is Ties' fault, not the reader's: logged, and said so in a page. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("Unexpected failure showing a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Ties could not show this page; the error is logged.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
