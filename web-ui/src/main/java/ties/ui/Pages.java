package ties.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The entry, sign-in and refusal pages. */
@Controller
@io.swagger.v3.oas.annotations.Hidden
public class Pages {

    @GetMapping("/")
    String home() {
        return "redirect:/board";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Any method: a refused form's POST is forwarded here too. */
    @RequestMapping("/denied")
    String denied() {
        return "denied";
    }
}
