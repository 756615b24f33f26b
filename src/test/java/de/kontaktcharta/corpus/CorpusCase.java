package de.kontaktcharta.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One bad or hostile input of the corpus: either a run of {@code charta analyse} on inputs the case
 * makes, with the outcome it must have, or a check one layer down where the production limits make
 * a real input too big for the build.
 */
sealed interface CorpusCase permits CorpusCase.Run, CorpusCase.Direct {

  String name();

  /** Makes the inputs and returns the arguments after {@code analyse --out … --today …}. */
  @FunctionalInterface
  interface Setup {
    List<String> prepare(Workspace w) throws Exception;
  }

  /** A check that drives the product's public types directly. */
  @FunctionalInterface
  interface Body {
    void run(Workspace w) throws Exception;
  }

  /** A case run through the command line. */
  record Run(String name, Setup setup, Expected expected) implements CorpusCase {}

  /** A case below the command line. */
  record Direct(String name, Body body) implements CorpusCase {}

  static CorpusCase run(String name, Setup setup, Expected expected) {
    return new Run(name, setup, expected);
  }

  /** One UTF-8 text file as the only input. */
  static Setup textInput(String name, String content) {
    return textInput(name, content, StandardCharsets.UTF_8);
  }

  /** One text file in the charset as the only input. */
  static Setup textInput(String name, String content, Charset charset) {
    return w -> List.of(Workspace.arg(w.text(name, content, charset)));
  }

  static CorpusCase direct(String name, Body body) {
    return new Direct(name, body);
  }
}
