package de.kontaktcharta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void withoutATerminalNothingIsPrinted() {
    StringWriter err = new StringWriter();
    TerminalProgress progress = TerminalProgress.forTerminal(new PrintWriter(err), false);
    progress.report("reading messages.csv: 100,000 rows");
    progress.done();
    assertEquals("", err.toString(), "tests and cron run without a console");
  }

  @Test
  void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
    StringWriter err = new StringWriter();
    TerminalProgress progress = TerminalProgress.enabled(new PrintWriter(err));
    progress.report("reading messages.csv: 100,000 rows");
    progress.done();
    String text = err.toString();
    assertTrue(text.startsWith("\rreading messages.csv: 100,000 rows"), text);
    assertTrue(text.endsWith("\r"), "the line is cleared");
    assertTrue(!text.contains("\n"), "never more than one line");
  }

  @Test
  void quietWinsOverATerminal() {
    StringWriter err = new StringWriter();
    TerminalProgress progress = TerminalProgress.forTerminal(new PrintWriter(err), true);
    progress.report("x");
    assertEquals("", err.toString());
  }
}
