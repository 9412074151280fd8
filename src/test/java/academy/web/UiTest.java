package academy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UiTest {

    @Test
    void acceptLanguagePicksTheFirstSupportedLanguage() {
        assertEquals("en", Ui.fromAcceptLanguage("en-GB,en;q=0.9,zh;q=0.5"));
        assertEquals("zh", Ui.fromAcceptLanguage("zh-TW,en;q=0.5"));
        assertEquals("en", Ui.fromAcceptLanguage("fr-FR,en;q=0.5"));
        assertEquals("zh", Ui.fromAcceptLanguage("fr-FR"));
        assertEquals("zh", Ui.fromAcceptLanguage(null));
        assertEquals("zh", Ui.fromAcceptLanguage(";;;garbage=="));
    }
}
