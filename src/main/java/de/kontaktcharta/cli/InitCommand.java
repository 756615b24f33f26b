package de.kontaktcharta.cli;

import de.kontaktcharta.app.InitJob;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
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
      throw new UsageError(Message.of("error.init-exists", file.toString()));
    } catch (IOException e) {
      throw new OutputError(
          Message.of("error.init-write", file.toString(), ErrorHandler.describe(e)));
    }
    Wording words = Wording.of(RunOptions.DEFAULT_LANGUAGE);
    spec.commandLine().getOut().println(words.format("terminal.charter-written", file));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
