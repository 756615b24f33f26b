package de.kontaktcharta.input;

import de.kontaktcharta.input.file.InputFile;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.Detection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps one copy of each LinkedIn file when several exports are given: every archive holds the
 * whole history, so the same messages, endorsements and invitations read from last month's and this
 * month's download (or from a download and its unpacked folder) would count twice, and an older
 * connection list would bring back people removed since. The newest export wins, going by the date
 * LinkedIn puts in the archive's name; copies with the same content are read once.
 */
final class LinkedInExports {

  private static final Pattern EXPORT_DATE =
      Pattern.compile("LinkedInDataExport_(\\d{2})-(\\d{2})-(\\d{4})", Pattern.CASE_INSENSITIVE);

  private LinkedInExports() {}

  /** The detections to read; the copies left out are noted in {@code problems}. */
  static List<Detection> newestOnly(
      List<Detection> detections, List<InputKind> kinds, List<Problem> problems) {
    Set<Detection> left = new HashSet<>();
    for (InputKind kind : kinds) {
      if (!kind.has(InputKind.Trait.WHOLE_HISTORY)) {
        continue;
      }
      List<Detection> same =
          detections.stream().filter(d -> kind.equals(d.kind()) && !d.forced()).toList();
      if (same.size() > 1) {
        left.addAll(leftOut(same, problems));
      }
    }
    List<Detection> kept = new ArrayList<>(detections);
    kept.removeIf(left::contains);
    return kept;
  }

  private static List<Detection> leftOut(List<Detection> same, List<Problem> problems) {
    List<Detection> byAge = new ArrayList<>(same);
    // newest export first; among equals (or undated) the order they were found in
    byAge.sort(
        Comparator.comparing(
            (Detection d) -> exportDate(d.name()).orElse(LocalDate.MIN),
            Comparator.reverseOrder()));
    Detection newest = byAge.get(0);
    Optional<LocalDate> newestDate = exportDate(newest.name());
    List<Detection> out = new ArrayList<>();
    byte[] newestDigest = null;
    for (Detection d : byAge.subList(1, byAge.size())) {
      Optional<LocalDate> date = exportDate(d.name());
      Message why;
      if (newestDate.isPresent() && date.isPresent() && date.get().isBefore(newestDate.get())) {
        why = Message.of("cause.older-export", date.get(), newest.name(), newestDate.get());
      } else {
        if (newestDigest == null) {
          newestDigest = digest(newest.file());
        }
        if (newestDigest.length == 0 || !Arrays.equals(newestDigest, digest(d.file()))) {
          problems.add(
              Problem.note(
                  SourceRef.wholeFile(d.name()),
                  Severity.WARNING,
                  Message.of("problem.export-twice", newest.name())));
          continue;
        }
        why = Message.of("cause.same-export", newest.name());
      }
      out.add(d);
      problems.add(
          Problem.note(
              SourceRef.wholeFile(d.name()),
              Severity.INFO,
              Message.of("problem.export-superseded", why)));
    }
    return out;
  }

  /** The date in a LinkedIn archive's name anywhere in the path, e.g. {@code …_11-20-2026.zip}. */
  static Optional<LocalDate> exportDate(String name) {
    Matcher m = EXPORT_DATE.matcher(name);
    LocalDate found = null;
    while (m.find()) {
      try {
        found =
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)));
      } catch (DateTimeException e) {
        // not a date after all: the name is no evidence of the export's age
      }
    }
    return Optional.ofNullable(found);
  }

  /** A digest of the file's content, or none when it cannot be read (the reader will say so). */
  private static byte[] digest(InputFile file) {
    try (InputStream in =
        new DigestInputStream(file.open(), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return ((DigestInputStream) in).getMessageDigest().digest();
    } catch (IOException | UncheckedIOException e) {
      return new byte[0];
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
