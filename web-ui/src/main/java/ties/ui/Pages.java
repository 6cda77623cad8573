package ties.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The entry, sign-in and refusal pages. */
@Controller
@io.swagger.v3.oas.annotations.Hidden
public class Pages {

    private final PageSignIn signIn;

    Pages(PageSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/board";
    }

    /** The name-and-password form, or, with an issuer, where a sign-in failed or ended and starts again. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("externalSignIn", signIn.externalSignIn());
        return "login";
    }

    /** Any method: a refused form's POST is forwarded here too. */
    @RequestMapping("/denied")
    String denied() {
        return "denied";
    }
}
