package de.kontaktcharta.cli;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import java.nio.file.Files;
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

  /**
   * The inputs named on the command line, each of which exists. A name that does not is a typo:
   * reading on would give a report without its contacts, which the next run would take for the
   * previous one and call every contact new.
   */
  List<Path> existingInputs() throws UsageError {
    for (Path input : inputs) {
      mustExist(input, "");
    }
    return inputs;
  }

  Map<Path, InputKind> forcedKinds() throws UsageError {
    Map<Path, InputKind> kinds = KindCodes.forced(forced);
    for (Path file : kinds.keySet()) {
      mustExist(file, "--as ");
    }
    return kinds;
  }

  private static void mustExist(Path input, String option) throws UsageError {
    if (Files.exists(input)) {
      return;
    }
    throw new UsageError(
        Files.isSymbolicLink(input)
            ? Message.of("error.input-missing.link", option + input)
            : Message.of("error.input-missing", option + input));
  }
}
