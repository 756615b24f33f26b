package de.kontaktcharta.review;

import de.kontaktcharta.model.FormulaText;
import de.kontaktcharta.report.ReportFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledger's history {@code reasons-history.csv}: one line for every change of a reason, decision
 * or note, with the day, the value before and after, and the report row it came from. Lines are
 * only ever added; the file is still replaced as a whole, so that a run stopped midway leaves it as
 * it was. A file of its own rather than a column of the ledger, so that the ledger stays one row
 * per contact, as people read it and as it is read back, however long the history grows.
 */
final class LedgerHistory {

  static final List<String> HEADER =
      List.of("Changed", "Contact ID", "Name", "Field", "Before", "After", "Source");

  private LedgerHistory() {}

  /** The history's name beside a ledger: {@code reasons.csv} → {@code reasons-history.csv}. */
  static String fileName(String ledgerName) {
    int dot = ledgerName.lastIndexOf('.');
    return dot > 0
        ? ledgerName.substring(0, dot) + "-history" + ledgerName.substring(dot)
        : ledgerName + "-history";
  }

  static Path of(Path ledger) {
    return ledger.resolveSibling(fileName(ledger.getFileName().toString()));
  }

  /** Adds the entries at the end of the history beside the ledger. */
  static void append(Path ledger, List<HistoryEntry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    Path file = of(ledger);
    byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    ReportFiles.replace(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          CSVPrinter csv =
              new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
          if (before.length == 0) {
            writer.write('\ufeff');
            csv.printRecord(HEADER);
          } else {
            csv.flush();
            out.write(before);
            if (before[before.length - 1] != '\n') {
              out.write(new byte[] {'\r', '\n'});
            }
          }
          for (HistoryEntry e : entries) {
            csv.printRecord(
                e.day().toString(),
                FormulaText.neutralise(e.id()),
                FormulaText.neutralise(e.name()),
                e.field(),
                FormulaText.neutralise(e.before()),
                FormulaText.neutralise(e.after()),
                FormulaText.neutralise(e.source().toString()));
          }
          csv.flush();
        });
  }
}
