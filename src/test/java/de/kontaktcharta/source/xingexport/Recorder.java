package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects what a reader hands on, for assertions. */
final class Recorder<T> implements XingSink<T> {

  final List<T> items = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void accept(T item) {
    items.add(item);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  List<String> codes() {
    return problems.stream().map(Problem::code).collect(Collectors.toList());
  }

  Problem problem(String code) {
    return problems.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem " + code + " in " + problems));
  }

  static InputStream fixture(String path) {
    InputStream in = Recorder.class.getResourceAsStream("/fixtures/xingexport/" + path);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing fixture " + path));
    }
    return in;
  }

  static byte[] bytes(String path) {
    try (InputStream in = fixture(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
