package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.source.vcard.VCardKind;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import de.kontaktcharta.testing.RecordingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dispatch to the readers, and inputs that fail while they are read. */
class InputReadersTest {

  @TempDir Path dir;

  @Test
  void linkedInFilesWithoutEvidenceAreCountedButNotRead() throws IOException {
    Path file =
        Inputs.write(dir, "Positions.csv", "Company Name,Title,Started On\nAcme,CTO,2020\n");
    Detection d = Inputs.detect(file);
    assertEquals(LinkedInKinds.OTHER, d.kind());
    RecordingSink sink = new RecordingSink();
    InputSummary summary = new InputReaders().read(d, sink);
    assertEquals(
        new InputSummary(file.toString(), LinkedInKinds.OTHER, d.format(), 0, 0, 0), summary);
    assertTrue(sink.problems.isEmpty());
  }

  @Test
  void summaryNamesFileKindAndFormat() throws IOException {
    Path file =
        Inputs.write(dir, "c.csv", "First Name,Last Name,Connected On\nAnna,Berg,16 Dec 2024\n");
    ReadResult r = Inputs.read(file);
    assertEquals(file.toString(), r.summary().file());
    assertEquals(LinkedInKinds.CONNECTIONS, r.summary().kind());
    assertEquals("UTF-8, delimiter ',', header in line 1", r.summary().format());
    assertTrue(r.summary().balanced());
  }

  @Test
  void unrecognisedInputIsAProgrammingError() throws IOException {
    Detection d = Inputs.detect(Inputs.write(dir, "x.csv", "a,b\n"));
    assertThrows(
        IllegalArgumentException.class, () -> new InputReaders().read(d, new RecordingSink()));
  }

  @Test
  void aCardWithoutAnyNameIsCountedAndReported() throws IOException {
    Detection d = Inputs.detect(Inputs.write(dir, "x.vcf", "BEGIN:VCARD\nEND:VCARD\n"));
    assertEquals(VCardKind.KIND, d.kind());
    RecordingSink sink = new RecordingSink();
    InputSummary summary = new InputReaders().read(d, sink);
    assertEquals(1, summary.rowsRead());
    assertEquals(1, summary.rowsSkipped());
    assertEquals(1, sink.problems.size(), sink.problems.toString());
    assertEquals(1, sink.problems.get(0).source().line());
  }

  @Test
  void fileThatVanishesAfterDetectionIsReportedNotThrown() throws IOException {
    Path file =
        Inputs.write(dir, "c.csv", "First Name,Last Name,Connected On\nAnna,Berg,16 Dec 2024\n");
    Detection d = Inputs.detect(file);
    Files.delete(file);
    RecordingSink sink = new RecordingSink();
    InputSummary summary = new InputReaders().read(d, sink);
    assertEquals(0, summary.rowsRead());
    assertEquals(1, sink.problems.size());
    Problem p = sink.problems.get(0);
    assertEquals("input-unreadable", p.code());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("could not be read to the end: file not found", English.text(p));
    assertEquals(file.toString(), p.source().toString());
  }

  @Test
  void fileChangedAfterDetectionSoThatTheHeaderIsGone() throws IOException {
    Path file =
        Inputs.write(
            dir, "c.csv", "Notes:\n\nFirst Name,Last Name,Connected On\nAnna,Berg,16 Dec 2024\n");
    Detection d = Inputs.detect(file);
    Inputs.write(dir, "c.csv", "First Name,Last Name,Connected On\n");
    RecordingSink sink = new RecordingSink();
    new InputReaders().read(d, sink);
    assertEquals(
        "could not be read to the end: header line 3 not found",
        English.text(sink.problems.get(0)));
  }
}
