package de.kontaktcharta.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharterLoaderTest {

  private final CharterLoader loader = new CharterLoader();

  @Test
  void theEmbeddedDefaultIsTheSeedCharter() {
    Charter charter = loader.loadDefault();
    assertEquals("Social Media Kontaktcharta", charter.title());
    assertEquals(30, charter.thresholds().soonDays());
    assertEquals(3, charter.thresholds().exchangeMinMessages());
    assertTrue(charter.signals().isHard(Signal.STOCK_PHRASE));
    assertTrue(charter.signals().isHard(Signal.SALES_PITCH));
    assertFalse(charter.signals().isHard(Signal.GROUP_ONLY));
    assertTrue(
        charter
            .signals()
            .rule(Signal.STOCK_PHRASE)
            .wording()
            .phrases()
            .contains("kontakte schaden nur dem der keine hat"));
    assertTrue(charter.signals().emptyTextSignal().contains(Platform.LINKEDIN));
    assertFalse(
        charter.signals().emptyTextSignal().contains(Platform.XING),
        "XING basic members cannot write a text");
    assertFalse(charter.wording(ReasonCode.MET).phrases().isEmpty());
    assertTrue(charter.replies("de").orElseThrow().decline().contains("{follow}"));
    assertTrue(charter.replies("en").orElseThrow().decline().startsWith("Hello {name}"));
  }

  @Test
  void theDefaultTextLoadsToTheSameCharterAsTheEmbeddedDefault() throws CharterException {
    assertEquals(loader.loadDefault(), loader.parse("charta.yaml", loader.defaultText()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown top key|title: x\\nthresholds: {}\\nrelations: {}\\ncolour: red|4|unknown key 'colour' in charter",
        "unknown threshold|thresholds:\\n  soon_days: 3\\n  sooon: 4\\nrelations: {}|3|unknown key 'sooon' in thresholds",
        "wrong type|thresholds:\\n  min_endorsements: viele\\nrelations: {}|2|thresholds.min_endorsements must be a whole number, not 'viele'",
        "negative number|thresholds:\\n  soon_days: -1\\nrelations: {}|2|thresholds.soon_days must be between 0 and 36500, not -1",
        "list expected|thresholds: {}\\nrelations:\\n  client: Kunde|3|relations.client must be a list",
        "bad pattern|thresholds: {}\\nrelations: {}\\nsignals:\\n  MESSAGE_WOULD_DO:\\n    patterns: ['(unclosed']|5|bad pattern '(unclosed' in signals.MESSAGE_WOULD_DO.patterns",
        "bad wildcard|thresholds: {}\\nrelations: {}\\nreasons:\\n  MET:\\n    phrases: ['tr*ffen']|5|'*' may only stand at the start or the end of a word",
        "short wildcard|thresholds: {}\\nrelations: {}\\nreasons:\\n  MET:\\n    phrases: ['a*']|5|needs at least 3 letters",
        "unknown signal|thresholds: {}\\nrelations: {}\\nsignals:\\n  SPAM: {}|4|unknown key 'SPAM' in signals",
        "bad boolean|thresholds: {}\\nrelations: {}\\nsignals:\\n  STOCK_PHRASE:\\n    hard: vielleicht|5|signals.STOCK_PHRASE.hard must be true or false",
        "duplicate key|title: a\\ntitle: b\\nthresholds: {}\\nrelations: {}|2|duplicate key 'title'",
        "not yaml|thresholds: [1, 2\\nrelations: {}|2|not valid YAML",
        "missing section|title: x\\nrelations: {}|1|missing section 'thresholds'",
        "owner region|thresholds: {}\\nrelations: {}\\nowner:\\n  phone_region: Deutschland|4|owner.phone_region must be a country code",
        "owner address|thresholds: {}\\nrelations: {}\\nowner:\\n  emails: [katrin]|4|owner.emails: 'katrin' is no e-mail address",
        "owner number|thresholds: {}\\nrelations: {}\\nowner:\\n  phones: ['01']|4|owner.phones: '01' is no phone number",
        "owner key|thresholds: {}\\nrelations: {}\\nowner:\\n  handy: x|4|unknown key 'handy' in owner",
      })
  void everyErrorNamesItsLine(String name, String yaml, int line, String message) {
    CharterException e =
        assertThrows(
            CharterException.class, () -> loader.parse("charta.yaml", yaml.replace("\\n", "\n")));
    List<CharterException.Diagnostic> diagnostics = e.diagnostics();
    assertTrue(
        diagnostics.stream()
            .anyMatch(d -> d.where().line() == line && d.message().contains(message)),
        () -> name + ": " + diagnostics);
    assertTrue(
        diagnostics.get(0).toString().startsWith("charta.yaml:"), diagnostics.get(0).toString());
  }

  @Test
  void theOwnerSectionGivesAddressesNumbersAndTheRegion() throws CharterException {
    Charter charter =
        loader.parse(
            "charta.yaml",
            "thresholds: {}\nrelations: {}\nowner:\n  emails: [katrin@albers.example]\n"
                + "  phones: ['0171 1234567']\n  phone_region: at\n");
    assertEquals(
        new Charter.Owner(List.of("katrin@albers.example"), List.of("0171 1234567"), "AT"),
        charter.owner());
    assertEquals(Charter.Owner.NONE.phoneRegion(), loader.loadDefault().owner().phoneRegion());
    assertTrue(loader.loadDefault().owner().isEmpty());
  }

  @Test
  void anEmptyFileIsAnError() {
    CharterException e = assertThrows(CharterException.class, () -> loader.parse("c.yaml", ""));
    assertEquals("c.yaml:1: error: the charter file is empty", e.diagnostics().get(0).toString());
  }

  @Test
  void allErrorsAreReportedAtOnce() {
    String yaml = "thresholds:\n  soon_days: x\n  min_endorsements: y\nrelations: {}\nfoo: 1\n";
    CharterException e = assertThrows(CharterException.class, () -> loader.parse("c.yaml", yaml));
    assertEquals(3, e.diagnostics().size(), e.diagnostics().toString());
  }

  @Test
  void wordsLikeNoAndOnStayWords() throws CharterException {
    String yaml = "thresholds: {}\nrelations:\n  client: [no, on, yes]\n";
    Charter charter = loader.parse("c.yaml", yaml);
    assertEquals(List.of("no", "on", "yes"), charter.clientRelations().phrases());
  }
}
