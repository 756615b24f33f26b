package de.kontaktcharta.cli;

import de.kontaktcharta.app.AnalyseSettings;
import de.kontaktcharta.app.Explainer;
import de.kontaktcharta.app.OutputFormat;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charta explain QUERY INPUT…}: why one contact is (or is not) in the network. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Prints the evidence trail of the contacts and invitations QUERY names (an ID, a profile URL, an e-mail address or a name): every source with file and line, and the charter rule that decided. Writes nothing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:The evidence trail of everybody the query names is printed.",
      "2:Invalid command line or charter file.",
      "5:Nothing matched the query.",
      "70:Internal error (a bug; run again with --verbose and report it)."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description = "Contact ID, profile URL, e-mail or name.")
  String query;

  @Mixin RunOptions run = new RunOptions();

  @Override
  public Integer call() throws Exception {
    // picocli gives the inputs every positional parameter, the query (the first) included
    List<Path> inputs = run.input.inputs;
    if (!inputs.isEmpty()) {
      inputs.remove(0);
    }
    if (inputs.isEmpty()) {
      throw new UsageError(Message.of("error.explain-inputs"));
    }
    AnalyseSettings settings = run.settings(null, Set.of(OutputFormat.XLSX), null);
    List<String> found = new Explainer().explain(settings, query);
    PrintWriter out = spec.commandLine().getOut();
    if (found.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              TerminalText.line(Wording.of(settings.language()).format("explain.nothing", query)));
      spec.commandLine().getErr().flush();
      return ExitCodes.NOTHING;
    }
    // each entry may span lines of its own; within them, nothing from the inputs reaches the
    // terminal
    found.stream()
        .map(f -> f.lines().map(TerminalText::line).toList())
        .flatMap(List::stream)
        .forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
