package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.English;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Large and long inputs: everything is streamed, and what is held back is bounded. */
class XingLargeExportTest {

  private static final String TEXT =
      "Sehr geehrter Herr Beispiel, vielen Dank für Ihre Nachricht. ";

  /** 20,000 conversations of ten messages each, about 20 MB. */
  private static String line(int i) {
    int conversation = i / 11;
    if (i % 11 == 0) {
      return "\"Betreff "
          + conversation
          + "\",\"2020-01-01 10:00:00 UTC\",\"Erika Mustermann,Person "
          + conversation
          + "\",\"\",\"\",\"\"\n";
    }
    String sender = i % 2 == 0 ? "Erika Mustermann" : "Person " + conversation;
    return "\"\",\"\",\"\",\""
        + sender
        + "\",\"2021-02-03 04:05:06 UTC\",\""
        + TEXT
        + "\nZeile zwei\"\n";
  }

  @Test
  void aLargeMessagesFileIsStreamedConversationByConversation() {
    GeneratedText in = new GeneratedText(220_000, XingLargeExportTest::line);
    int[] count = new int[1];
    Set<String> keys = new HashSet<>();
    XingSink<XingMessage> sink =
        new XingSink<>() {
          @Override
          public void accept(XingMessage m) {
            count[0]++;
            keys.add(m.conversationKey());
            if (m.group() || m.recipients().size() != 1) {
              throw new AssertionError("not one-to-one: " + m);
            }
          }

          @Override
          public void problem(Problem p) {
            throw new AssertionError(p.toString());
          }
        };
    long start = System.nanoTime();
    XingReadSummary summary = new XingMessagesReader().read(in, "big.csv", sink);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(200_000, count[0]);
    assertEquals(20_000, keys.size());
    assertEquals(220_000, summary.rows());
    assertTrue(in.bytes > 20_000_000, "bytes " + in.bytes);
    System.out.printf(
        "XING messages: %d bytes, %d messages in %d ms%n", in.bytes, count[0], millis);
  }

  @Test
  void aConversationLongerThanTheBoundIsHandedOnInPartsAndKeepsItsKind() {
    GeneratedText in =
        new GeneratedText(
            351,
            i -> {
              if (i == 0) {
                return "\"Lang\",\"2020-01-01 10:00:00 UTC\",\"Erika Mustermann,Max Beispiel\",\"\",\"\",\"\"\n";
              }
              String sender =
                  i == 300 ? "Jana Probst" : i % 2 == 0 ? "Erika Mustermann" : "Max Beispiel";
              return "\"\",\"\",\"\",\"" + sender + "\",\"2020-01-02 10:00:00 UTC\",\"x\"\n";
            });
    Recorder<XingMessage> out = new Recorder<>();
    new XingMessagesReader(100, CsvRecords.MAX_RECORD_CHARS).read(in, "long.csv", out);

    assertEquals(350, out.items.size());
    assertTrue(out.items.stream().noneMatch(XingMessage::group));
    Problem late = out.problem("xing-late-participant");
    assertEquals(301, late.source().line());
    assertEquals(List.of("Erika Mustermann", "Max Beispiel"), out.items.get(349).participants());
  }

  @Test
  void aQuoteThatIsNeverClosedCostsABoundedStretchNotTheRestOfTheFile() {
    GeneratedText in =
        new GeneratedText(
            1001,
            i -> {
              if (i == 0) {
                return "\"Gespräch\",\"2020-01-01 10:00:00 UTC\",\"Erika Mustermann,Max Beispiel\",\"\",\"\",\"\"\n";
              }
              // unquoted rows, as a spreadsheet program writes them: nothing closes the quote
              String text = i == 10 ? "\"Anfang ohne Ende" : "kurz";
              return ",,,Max Beispiel,2020-01-02 10:00:00 UTC," + text + "\n";
            });
    Recorder<XingMessage> out = new Recorder<>();
    XingReadSummary summary =
        new XingMessagesReader(XingMessagesReader.MAX_PENDING, 5_000).read(in, "q.csv", out);

    Problem lost = out.problem("xing-not-csv");
    assertEquals(11, lost.source().line());
    assertTrue(English.text(lost.message()).contains("never closed"), English.text(lost.message()));
    int lastLost =
        Integer.parseInt(English.text(lost.message()).replaceAll("^lines \\d+-(\\d+).*", "$1"));
    assertTrue(lastLost > 11 && lastLost < 200, English.text(lost.message()));
    // every row after the lost stretch is read again
    assertEquals(9 + (1001 - lastLost), out.items.size());
    assertFalse(
        out.items.stream().anyMatch(m -> m.source().line() > 11 && m.source().line() <= lastLost));
    assertEquals(summary.rows(), summary.used() + summary.skipped());
  }
}
