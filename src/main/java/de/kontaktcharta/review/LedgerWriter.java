package de.kontaktcharta.review;

import de.kontaktcharta.model.FormulaText;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.report.ReportFiles;
import de.kontaktcharta.source.reasons.LedgerFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the reasons ledger {@code reasons.csv}: UTF-8 with a byte-order mark so that Excel shows
 * umlauts, replaced atomically, the previous version kept as {@code reasons.csv.bak}.
 */
public final class LedgerWriter {

  public void write(Path file, List<Review> entries) throws IOException {
    List<Review> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Review::id).thenComparing(Review::key));
    ReportFiles.replace(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write('\ufeff');
          CSVPrinter csv =
              new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
          csv.printRecord(LedgerFormat.HEADER);
          for (Review r : sorted) {
            csv.printRecord(
                FormulaText.neutralise(r.id()),
                FormulaText.neutralise(r.key()),
                FormulaText.neutralise(r.name()),
                r.reasonCode().map(Enum::name).orElse(""),
                r.decisionCode().map(Enum::name).orElse(""),
                FormulaText.neutralise(r.note()),
                r.recorded() == null ? "" : r.recorded().toString(),
                r.changed() == null ? "" : r.changed().toString());
          }
          csv.flush();
        });
  }
}
