package ties.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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

    @GetMapping("/denied")
    String denied() {
        return "denied";
    }
}
