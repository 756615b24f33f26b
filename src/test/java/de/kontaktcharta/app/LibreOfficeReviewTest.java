package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.kontaktcharta.testing.LibreOffice;
import de.kontaktcharta.testing.SavedCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review round trip through LibreOffice as its users save: the report as OpenDocument beside
 * the untouched .xlsx, a copy re-saved as .xlsx under another name, and the No-reason sheet as CSV
 * in German Excel's dialect (semicolons, Windows-1252). The next run keeps every entry. Skipped
 * where LibreOffice is not installed.
 */
class LibreOfficeReviewTest {

  @TempDir Path tmp;

  @Test
  void everyWayLibreOfficeSavesKeepsEveryEntry() throws Exception {
    Assumptions.assumeTrue(LibreOffice.available(), "soffice is not installed");
    Path export = Files.createDirectories(tmp.resolve("export"));
    Files.writeString(
        export.resolve("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme GmbH,CTO,04 Jul 2023\n"
            + "Bernd,Brot,https://www.linkedin.com/in/bernd-brot,,Bäckerei Brot,Inhaber,01 Feb 2021\n"
            + "Clara,Chef,https://www.linkedin.com/in/clara-chef,,Chef AG,CEO,15 Mar 2022\n");
    Path out = tmp.resolve("reports");
    LocalDate day = LocalDate.of(2026, 11, 20);
    Path report =
        new AnalyseJob()
            .run(AnalyseSettings.of(List.of(export), out, day, day))
            .reports()
            .get(OutputFormat.XLSX);
    Map<String, String> ids = new java.util.HashMap<>();
    for (List<String> row : SavedCopy.read(report).get("Kontakte")) {
      ids.put(row.get(1), row.get(0));
    }
    Path profile = Files.createDirectories(tmp.resolve("lo-profile"));

    // 1. saved as OpenDocument: LibreOffice writes kontaktcharta-….ods beside the .xlsx
    Path asOds = Files.createDirectories(tmp.resolve("ods")).resolve(report.getFileName());
    SavedCopy.xlsx(
        report,
        "Kontakte",
        Map.of(ids.get("Anna Berg"), new String[] {"löschen", "kunde", null}),
        asOds);
    List<Path> ods = LibreOffice.convert(asOds, "ods", out, profile);
    assertEquals(
        List.of(out.resolve(report.getFileName().toString().replace(".xlsx", ".ods"))), ods);

    // 2. a copy under another name, saved as Excel 2007-365
    Path copy = Files.createDirectories(tmp.resolve("copy")).resolve("Kopie von Bericht.xlsx");
    SavedCopy.xlsx(
        report,
        "Kontakte",
        Map.of(ids.get("Bernd Brot"), new String[] {null, "persönlich kennengelernt", "Messe"}),
        copy);
    LibreOffice.convert(copy, "xlsx", out, profile);

    // 3. the No-reason sheet, worked through and saved as CSV as German Excel users do
    Path sheet = Files.createDirectories(tmp.resolve("csv")).resolve("Bericht.xlsx");
    SavedCopy.xlsx(
        report,
        "Ohne Grund",
        Map.of(ids.get("Clara Chef"), new String[] {"behalten", null, "Grüße"}),
        sheet);
    List<Path> csv =
        LibreOffice.convert(
            sheet,
            "csv:Text - txt - csv (StarCalc):59,34,1,1,,0,false,true,false,false,false,3",
            tmp.resolve("csv-out"),
            profile);
    Files.move(csv.get(0), out.resolve("Ohne Grund.csv"), StandardCopyOption.REPLACE_EXISTING);

    AnalyseResult next =
        new AnalyseJob()
            .run(AnalyseSettings.of(List.of(export), out, day.plusDays(1), day.plusDays(1)));

    assertFalse(next.inputErrors(), next.problems().toString());
    Map<String, List<String>> ledger = new java.util.HashMap<>();
    for (CSVRecord r : SavedReviewsTest.csv(out.resolve("reasons.csv"))) {
      ledger.put(r.get("Name"), List.of(r.get("Reason"), r.get("Decision"), r.get("Note")));
    }
    assertEquals(List.of("CLIENT", "REMOVE", ""), ledger.get("Anna Berg"));
    assertEquals(List.of("MET", "", "Messe"), ledger.get("Bernd Brot"));
    assertEquals(List.of("", "KEEP", "Grüße"), ledger.get("Clara Chef"));
  }
}
