package ties.ui;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(NotCaughtUp.class)
    ModelAndView notCaughtUp(NotCaughtUp e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage() + " Reload the page in a moment.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
