package de.kontaktcharta.cli;

import de.kontaktcharta.model.InputKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and how to read them: what every command that reads exports takes. */
final class InputOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Files, folders or LinkedIn archives (.zip).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--as",
      paramLabel = "KIND=FILE",
      description = "Read FILE as KIND, e.g. --as crm=kunden.csv. Kinds: ${COMPLETION-CANDIDATES}.",
      completionCandidates = KindCodes.class)
  List<String> forced = new ArrayList<>();

  @Option(names = "--verbose", description = "Show every problem and stack traces of errors.")
  boolean verbose;

  Map<Path, InputKind> forcedKinds() throws UsageError {
    return KindCodes.forced(forced);
  }
}
