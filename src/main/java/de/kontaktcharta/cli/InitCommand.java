package de.kontaktcharta.cli;

import de.kontaktcharta.app.InitJob;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charta init [FILE]}: the default charter as a commented YAML file to edit. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Writes the default charter (rules, keywords in German and English, thresholds, aging windows, reply texts) as a commented YAML file. Use it with 'charta analyse --charter FILE'.")
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "Where to write it (default: ${DEFAULT-VALUE}).")
  Path file = Path.of("charta.yaml");

  @Override
  public Integer call() throws Exception {
    try {
      new InitJob().run(file);
    } catch (FileAlreadyExistsException e) {
      throw new UsageError(file + " exists already and is left as it is; name another file");
    } catch (IOException e) {
      throw new OutputError(file + ": could not write the charter: " + ErrorHandler.describe(e));
    }
    spec.commandLine().getOut().println("charter written: " + file);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
