package de.kontaktcharta.review;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.report.ReportName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file in the output folder that holds the user's review: the report and any copy of it,
 * whatever its name and format ({@code kontaktcharta-….ods}, {@code … (1).xlsx}, {@code Kopie von
 * ….xlsx}, {@code Ohne Grund.csv}), saved since the ledger was last brought up to date. They are
 * read newest first, so that the newest word on a value wins.
 *
 * @param files the files that hold review rows, newest first
 * @param problems files that could not be read, copies without review columns
 * @param complete false when a file could not be read: the ledger then stays as it is, so that
 *     nothing in that file is lost once it can be read
 */
public record SavedReviews(List<PreviousReport> files, List<Problem> problems, boolean complete) {

  /** The forms a spreadsheet program saves a report in. */
  static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt");

  public SavedReviews {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** One file named with {@code --previous}. */
  public static SavedReviews of(PreviousReport report) {
    return new SavedReviews(List.of(report), List.of(), !report.isUnreadable());
  }

  /**
   * The files in the folder saved at or after {@code since} (all of them when null), read.
   *
   * @param ledger the ledger's own files are no review
   */
  public static SavedReviews scan(Path folder, Path ledger, FileTime since) {
    PreviousReportReader reader = new PreviousReportReader();
    List<PreviousReport> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean complete = true;
    for (Path file : candidates(folder, ledger, since)) {
      PreviousReport report = reader.read(file);
      boolean withoutReview =
          report.problems().stream()
              .anyMatch(p -> p.code().equals("previous-report-without-review"));
      if (report.isUnreadable()) {
        complete = false;
        problems.addAll(report.problems());
      } else if (withoutReview) {
        // a file of the user's own beside the reports holds no review; a report copy saved
        // without the review columns is worth a word
        if (ReportName.of(file.getFileName().toString()).isPresent()) {
          problems.addAll(report.problems());
        }
      } else {
        files.add(report);
        problems.addAll(report.problems());
      }
    }
    return new SavedReviews(files, problems, complete);
  }

  /** The folder's files that may hold a review, newest first. */
  static List<Path> candidates(Path folder, Path ledger, FileTime since) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    String ledgerName = ledger.getFileName().toString();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> mayHoldReview(p.getFileName().toString(), ledgerName))
          .filter(p -> since == null || modified(p).compareTo(since) >= 0)
          .forEach(out::add);
    } catch (IOException e) {
      return List.of();
    }
    out.sort(
        Comparator.comparing(SavedReviews::modified)
            .reversed()
            .thenComparing(p -> p.getFileName().toString()));
    return out;
  }

  /**
   * True for a spreadsheet or CSV file, or the report's CSV ZIP; false for the ledger and its
   * history, for hidden and temporary files, and for the lock files Excel ({@code ~$…}) and
   * LibreOffice ({@code .~lock.…#}) keep beside an open file.
   */
  static boolean mayHoldReview(String name, String ledgerName) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.startsWith("~$") || name.startsWith(ledgerName)) {
      return false;
    }
    if (lower.startsWith(LedgerHistory.fileName(ledgerName).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (lower.endsWith(".csv.zip")) {
      return true;
    }
    int dot = lower.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(lower.substring(dot + 1));
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** The newest file's report, if any; for the Changes sheet a report named so is preferred. */
  public Optional<PreviousReport> newest() {
    return files.stream().findFirst();
  }
}
