package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows and inputs that must be counted or reported rather than pass unnoticed. */
class InputHardeningTest {

  private static final String PREAMBLE = "Notes:\n\"about e-mails\"\n\n";
  private static final String HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

  @TempDir Path tmp;

  @Test
  void aRowOfDelimitersOnlyIsCountedAndListed() throws IOException {
    Path file =
        Inputs.write(
            tmp,
            "Connections.csv",
            PREAMBLE + HEADER + "\nAnna,Berg,,,,,01 Jan 2024\n,,,,,,\n\nBen,Kurz,,,,,02 Jan 2024");
    ReadResult r = Inputs.read(file);
    Inputs.assertCounts(r, 3, 2, 1);
    Problem empty = r.sink().skippedRows().get(0);
    assertEquals(6, empty.source().line());
    assertEquals("empty-row", empty.code());
    assertEquals(Severity.INFO, empty.severity());
  }

  @Test
  void restartsAfterAMalformedRowKeepCrlfLineNumbers() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append("\r\n");
    for (int i = 0; i < 5000; i++) {
      text.append("P").append(i).append(",Q,,,,,01 Jan 2024\r\n");
    }
    text.append("Bad,\"unclosed,,,,,01 Jan 2024\r\n");
    text.append("Last,Row,,,,,01 Jan 2024\r\n");
    ReadResult r = Inputs.read(Inputs.write(tmp, "c.csv", text.toString()));
    Inputs.assertCounts(r, 5002, 5001, 1);
    assertEquals(5002, r.sink().skippedRows().get(0).source().line());
    assertEquals(5003, r.sink().network.get(5000).source().line());
    assertEquals("Last Row", r.sink().network.get(5000).person().displayName());
  }

  @Test
  void hiddenFoldersAndRepeatedInputsAreReportedNotRead() throws IOException {
    Path export = Files.createDirectories(tmp.resolve("export"));
    Inputs.write(export, "Connections.csv", PREAMBLE + HEADER + "\nAnna,Berg,,,,,01 Jan 2024");
    Inputs.write(export, ".git/config.csv", "a,b\n1,2\n");
    InputSet set = new InputScanner().scan(List.of(export, export.resolve("Connections.csv")));
    assertEquals(1, set.files().size(), set.files().toString());
    assertTrue(
        set.problems().stream()
            .anyMatch(p -> p.code().equals("input-hidden") && p.source().file().endsWith(".git")),
        set.problems().toString());
    assertTrue(
        set.problems().stream().anyMatch(p -> p.code().equals("input-repeated")),
        set.problems().toString());
    InputSet again = new InputScanner().scan(List.of(export));
    assertEquals(1, again.files().size(), "a new scan starts afresh");
  }

  @Test
  void mailProgramAddressesAreEmailKeys() {
    assertEquals(
        "email:anna@berg.de", Keys.forEmail("Anna Berg <Anna@Berg.de>").orElseThrow().toString());
    assertEquals(
        "email:anna@berg.de", Keys.forEmail("mailto:anna@berg.de").orElseThrow().toString());
  }
}
