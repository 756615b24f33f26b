package de.kontaktcharta.app;

import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.ReportFiles;
import de.kontaktcharta.report.csv.CsvReportWriter;
import de.kontaktcharta.report.json.JsonReportWriter;
import de.kontaktcharta.report.xlsx.XlsxReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Writes the report files of a run into its output folder, each under a name no earlier report has.
 *
 * @param reviewsRead the moment the saved reviews were read: each file's time, so that a copy the
 *     user saves meanwhile counts as newer than it next time
 */
record ReportOutput(AnalyseSettings settings, FileTime reviewsRead) {

  /** Writes the report in one format and says where. */
  Path write(Report report, OutputFormat format) throws ReportException {
    Path target;
    try {
      target = ReportFiles.freeName(settings.outDir(), settings.runDate(), format.extension());
    } catch (IOException e) {
      throw new ReportException(settings.outDir(), e);
    }
    settings.progress().report(Wording.of(settings.language()).format("terminal.writing", target));
    try {
      ReportFiles.Content content =
          switch (format) {
            case XLSX -> out -> new XlsxReportWriter().write(report, out);
            case CSV -> out -> new CsvReportWriter().write(report, out);
            case JSON -> out -> new JsonReportWriter().write(report, out);
          };
      Path written = ReportFiles.writeNew(target, settings.runDate(), format.extension(), content);
      Files.setLastModifiedTime(written, reviewsRead);
      return written;
    } catch (IOException | RuntimeException e) {
      throw new ReportException(target, e);
    }
  }
}
