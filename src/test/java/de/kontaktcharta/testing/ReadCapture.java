package de.kontaktcharta.testing;

import de.kontaktcharta.input.Detector;
import de.kontaktcharta.input.InputReaders;
import de.kontaktcharta.input.file.DiskFile;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.source.Detection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Detects and reads one file the way a run does, and keeps everything the readers pass on. */
public final class ReadCapture extends RecordingSink {

  public final List<InputReaders.Inspection> inspections = new ArrayList<>();
  public List<Detection> detections = List.of();

  /** Reads every recognised part (sheet) of the file. */
  public static ReadCapture read(Path file) {
    return read(file, null);
  }

  public static ReadCapture read(Path file, de.kontaktcharta.model.InputKind forced) {
    ReadCapture capture = new ReadCapture();
    try {
      capture.detections = new Detector().detectAll(new DiskFile(file, file.toString()), forced);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    InputReaders readers = new InputReaders();
    for (Detection d : capture.detections) {
      if (d.kind() != null) {
        capture.inspections.add(readers.inspect(d, capture));
      }
    }
    return capture;
  }

  public Detection detection() {
    return detections.get(0);
  }

  public InputSummary summary() {
    return inspections.get(0).summary();
  }

  /** The problems as {@code line: code} strings, for compact assertions. */
  public List<String> problemCodes() {
    return problems.stream()
        .map(p -> p.source().line() + ": " + p.code())
        .collect(Collectors.toList());
  }

  /** True when every input read balanced its rows. */
  public boolean balanced() {
    return inspections.stream().allMatch(i -> i.summary().balanced());
  }
}
