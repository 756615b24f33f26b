package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class XingContactsReaderTest {

  private static final String EXPORT =
      "export/data/network-inquiry/files/8277e0910d750195b448797616e091ad.csv";

  private final XingContactsReader reader = new XingContactsReader();

  @Test
  void everyContactOfTheExportIsReadWithItsConfirmationInstant() {
    Recorder<XingContact> out = new Recorder<>();
    XingReadSummary summary = reader.read(Recorder.fixture(EXPORT), "contacts.csv", out);

    assertEquals(
        List.of(
            "Max Beispiel",
            "Jana Probst",
            "Lukas Schäfer",
            "Dr. Anna-Lena Groß",
            "Tobias Kühn",
            "Max Beispiel"),
        out.items.stream().map(XingContact::name).toList());
    XingContact max = out.items.get(0);
    assertEquals(Instant.parse("2016-11-02T08:15:00Z"), max.confirmedAt().instant());
    assertEquals("contacts.csv:2", max.source().toString());
    assertEquals(new XingReadSummary("contacts.csv", 6, 6, 0, 6, 1), summary);
  }

  @Test
  void aContactWithoutConfirmationDateIsStillAContact() {
    Recorder<XingContact> out = new Recorder<>();
    reader.read(Recorder.fixture(EXPORT), "contacts.csv", out);

    XingContact lukas = out.items.get(2);
    assertEquals("Lukas Schäfer", lukas.name());
    assertNull(lukas.confirmedAt());
    assertFalse(out.codes().contains("xing-bad-date"));
  }

  @Test
  void aNameListedTwiceIsNotedBecauseNamesAreTheOnlyIdentity() {
    Recorder<XingContact> out = new Recorder<>();
    reader.read(Recorder.fixture(EXPORT), "contacts.csv", out);

    Problem twice = out.problem("xing-duplicate-name");
    assertEquals(7, twice.source().line());
    assertTrue(
        English.text(twice.message()).contains("first on line 2"), English.text(twice.message()));
    assertFalse(twice.rowSkipped());
  }

  @Test
  void aSpreadsheetResaveWithSemicolonsWindows1252AndGermanDatesIsRead() {
    Recorder<XingContact> out = new Recorder<>();
    XingReadSummary summary =
        reader.read(
            Recorder.fixture("variants/contacts-excel-semicolon-cp1252.csv"), "excel.csv", out);

    assertEquals(
        List.of(
            "Max Beispiel", "Jana Probst", "Lukas Schäfer", "Jürgen Weiß", "Dr. Anna-Lena Groß"),
        out.items.stream().map(XingContact::name).toList());
    assertEquals(LocalDateTime.of(2016, 11, 2, 8, 15), out.items.get(0).confirmedAt().local());
    assertFalse(out.items.get(0).confirmedAt().exact());
    assertEquals(LocalDateTime.of(2021, 2, 28, 0, 0), out.items.get(4).confirmedAt().local());
    // 30.02.2020 is no date: the contact is kept without it, and the user is told
    assertNull(out.items.get(3).confirmedAt());
    assertEquals(5, out.problem("xing-bad-date").source().line());
    assertEquals(6, out.problem("xing-no-name").source().line());
    Problem empty = out.problem("xing-empty-rows");
    assertTrue(English.text(empty.message()).startsWith("2 row(s)"), English.text(empty.message()));
    assertEquals(summary.rows(), summary.used() + summary.skipped());
    assertEquals(new XingReadSummary("excel.csv", 8, 5, 3, 5, 3), summary);
  }

  @Test
  void aByteOrderMarkCrlfAnotherHeaderSpellingAndExtraColumnsAreRead() {
    Recorder<XingContact> out = new Recorder<>();
    reader.read(Recorder.fixture("variants/contacts-bom-crlf.csv"), "bom.csv", out);

    assertEquals(
        List.of("Max Beispiel", "Jana Probst"), out.items.stream().map(XingContact::name).toList());
    assertEquals(Instant.parse("2019-05-21T14:03:11Z"), out.items.get(1).confirmedAt().instant());
    assertEquals(List.of(), out.problems);
  }

  @Test
  void aFileThatIsNotTheContactListIsOneErrorAndNoContacts() {
    Recorder<XingContact> out = new Recorder<>();
    XingReadSummary summary =
        reader.read(
            Recorder.fixture(
                "export/data/network-inquiry/files/e4da3b7fbbce2345d7772b0674a318d5.csv"),
            "notes.csv",
            out);

    assertEquals(List.of(), out.items);
    Problem wrong = out.problem("xing-not-contacts");
    assertEquals(Severity.ERROR, wrong.severity());
    assertEquals(1, wrong.source().line());
    assertEquals(0, summary.items());
  }

  @Test
  void anEmptyFileIsNamedNotThrown() {
    Recorder<XingContact> out = new Recorder<>();
    reader.read(new ByteArrayInputStream(new byte[0]), "empty.csv", out);

    Problem empty = out.problem("xing-not-contacts");
    assertTrue(English.text(empty.message()).contains("empty"), English.text(empty.message()));
    assertEquals(0, empty.source().line());
  }

  @Test
  void aStreamThatFailsMidwayKeepsWhatWasReadAndNamesWhereItStopped() {
    StringBuilder text = new StringBuilder("\"Name\",\"Kontakt bestätigt am\"\n");
    for (int i = 0; i < 3000; i++) {
      text.append("\"Person ").append(i).append("\",\"2016-11-02 08:15:00 UTC\"\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Recorder<XingContact> out = new Recorder<>();
    XingReadSummary summary =
        reader.read(new FailingStream(bytes, 100_000), "broken.zip!contacts.csv", out);

    assertTrue(out.items.size() > 1000 && out.items.size() < 3000, "read " + out.items.size());
    Problem stop = out.problem("xing-read-failed");
    assertEquals(Severity.ERROR, stop.severity());
    assertTrue(English.text(stop.message()).contains("disk gone"), English.text(stop.message()));
    assertTrue(stop.rowSkipped());
    assertEquals(summary.rows(), summary.used() + summary.skipped());
  }

  /** Gives {@code bytes} up to {@code failAt}, then fails like a damaged archive. */
  static final class FailingStream extends InputStream {
    private final byte[] bytes;
    private final int failAt;
    private int pos;

    FailingStream(byte[] bytes, int failAt) {
      this.bytes = bytes;
      this.failAt = failAt;
    }

    @Override
    public int read() throws IOException {
      if (pos >= failAt) {
        throw new IOException("disk gone");
      }
      return bytes[pos++] & 0xFF;
    }
  }
}
