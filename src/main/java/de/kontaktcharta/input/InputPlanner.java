package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.SourceKinds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the files behind the inputs and recognises each by its content. A file that is not
 * recognised is reported: as an error when it was named on the command line, as a warning when it
 * was found in a folder or archive.
 */
final class InputPlanner {

  private final SourceKinds kinds;
  private final InputScanner scanner = new InputScanner();
  private final Detector detector;

  InputPlanner() {
    this(SourceKinds.standard());
  }

  InputPlanner(SourceKinds kinds) {
    this.kinds = kinds;
    this.detector = new Detector(kinds);
  }

  InputPlan plan(List<Path> inputs, Map<Path, InputKind> forced) {
    List<Path> all = new ArrayList<>(inputs);
    for (Path path : forced.keySet()) {
      if (all.stream().noneMatch(p -> same(p, path))) {
        all.add(path);
      }
    }
    InputSet set = scanner.scan(all);
    List<Problem> problems = new ArrayList<>(set.problems());
    forced.forEach(
        (path, kind) -> {
          if (Files.isDirectory(path)) {
            problems.add(
                error(
                    InputScanner.shown(path),
                    Message.of("problem.input-forced-folder", kind.code())));
          }
        });
    // Each file is recognised by its own first bytes: side by side on both cores (the detectors are
    // cold code, a noticeable part of a small run), the answers taken in the files' order.
    List<Recognised> recognised =
        set.files().parallelStream().map(file -> recognise(file, forced)).toList();
    List<Detection> detections = new ArrayList<>();
    for (Recognised r : recognised) {
      detections.addAll(r.detections());
      r.problem().ifPresent(problems::add);
    }
    detections = LinkedInExports.newestOnly(archiveMembers(detections), kinds.kinds(), problems);
    Companions.Folded folded = new Companions(kinds, detections).fold(detections);
    detections = new ArrayList<>(folded.detections());
    problems.addAll(folded.notes());
    problems.addAll(unread(detections, inputs, forced));
    detections.sort(
        Comparator.comparing(
                (Detection d) ->
                    d.kind() == null ? Integer.MAX_VALUE : kinds.kinds().indexOf(d.kind()))
            .thenComparing(Detection::name));
    return new InputPlan(set, detections, problems);
  }

  /**
   * What recognising one file gave: its detections, or the problem that kept it from being read.
   */
  private record Recognised(List<Detection> detections, Optional<Problem> problem) {}

  private Recognised recognise(InputFile file, Map<Path, InputKind> forced) {
    try {
      return new Recognised(detector.detectAll(file, forcedKind(file, forced)), Optional.empty());
    } catch (IOException e) {
      return new Recognised(
          List.of(),
          Optional.of(
              error(
                  file.name(), Message.of("problem.input-unreadable", InputScanner.describe(e)))));
    }
  }

  /**
   * What is said of the files and sheets that are not read: an unknown file named on the command
   * line is an error, one found in a folder or archive a warning, a document only a hint.
   */
  private static List<Problem> unread(
      List<Detection> detections, List<Path> inputs, Map<Path, InputKind> forced) {
    List<Problem> notes = new ArrayList<>();
    Set<String> named = new HashSet<>();
    inputs.forEach(p -> named.add(SourceRef.printable(InputScanner.shown(p))));
    for (Detection d : detections) {
      if (d.isDamagedSheet()) {
        // rows may be lost: an error, whether or not the workbook's other sheets are read
        notes.add(
            Problem.note(
                SourceRef.wholeFile(d.name()),
                Severity.ERROR,
                Message.of("problem.sheet-damaged", d.note())));
      } else if (d.kind() == null && d.isSheet()) {
        // another sheet of the same workbook is read; this one is only mentioned
        notes.add(
            Problem.note(
                SourceRef.wholeFile(d.name()),
                Severity.INFO,
                Message.of("problem.sheet-not-read", d.note())));
      } else if (d.kind() == null) {
        boolean direct = named.contains(d.file().name()) || forcedKind(d.file(), forced) != null;
        Severity severity =
            direct ? Severity.ERROR : d.isDocument() ? Severity.INFO : Severity.WARNING;
        notes.add(
            Problem.note(
                SourceRef.wholeFile(d.file().name()),
                severity,
                Message.of("problem.input-unknown", d.note())));
      }
    }
    return notes;
  }

  /**
   * A text file inside a LinkedIn data archive is part of the archive: LinkedIn adds files every
   * year, and they carry no contact evidence. Being next to a LinkedIn file does not make a file
   * LinkedIn's: a customer list in the Downloads folder beside a {@code Connections.csv} is read,
   * or reported, as if it were alone.
   */
  private List<Detection> archiveMembers(List<Detection> detections) {
    Optional<InputKind> memberKind = kinds.archiveMember();
    if (memberKind.isEmpty()) {
      return detections;
    }
    Set<String> exports = LinkedInArchives.exports(detections);
    List<Detection> out = new ArrayList<>(detections.size());
    for (Detection d : detections) {
      boolean member =
          d.kind() == null
              && !d.encoding().isEmpty()
              && !d.forced()
              && d.file().baseName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
              && LinkedInArchives.inside(d.file(), exports);
      out.add(member ? d.withKind(memberKind.get(), Message.of("cause.archive-member")) : d);
    }
    return out;
  }

  private static InputKind forcedKind(InputFile file, Map<Path, InputKind> forced) {
    Optional<Path> path = file.path();
    if (path.isEmpty()) {
      return null;
    }
    for (Map.Entry<Path, InputKind> e : forced.entrySet()) {
      if (same(e.getKey(), path.get())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Problem error(String file, Message message) {
    return Problem.note(SourceRef.wholeFile(file), Severity.ERROR, message);
  }
}
