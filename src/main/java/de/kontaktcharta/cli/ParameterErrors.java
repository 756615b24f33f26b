package de.kontaktcharta.cli;

import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed: one line in the language given with {@code --lang} (the
 * default when it was not given), and where to find the help, instead of picocli's English message
 * followed by the whole usage text — which cron would mail on every typo in a crontab.
 */
final class ParameterErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    Wording words = Wording.of(Main.language(args));
    PrintWriter err = cmd.getErr();
    err.println(TerminalText.line(words.format("terminal.error", words.text(describe(e)))));
    err.println(
        TerminalText.line(words.format("error.option.help", cmd.getCommandSpec().qualifiedName())));
    err.flush();
    return ExitCodes.USAGE;
  }

  /** What is wrong, in words of either language where the tool knows them. */
  static Message describe(ParameterException e) {
    if (e.getCause() instanceof UsageError usage) {
      return usage.message();
    }
    if (e.getCause() instanceof WordedConversion worded) {
      return Message.of("error.option.value", name(e.getArgSpec()), worded.message());
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      Message unknown =
          Message.of("error.option.unknown", String.join(" ", unmatched.getUnmatched()));
      List<String> suggestions = unmatched.getSuggestions();
      return suggestions.isEmpty()
          ? unknown
          : Message.of("error.option.did-you-mean", unknown, String.join(", ", suggestions));
    }
    if (e instanceof MissingParameterException missing) {
      return Message.of(
          "error.option.missing",
          missing.getMissing().stream()
              .map(ParameterErrors::name)
              .collect(Collectors.joining(", ")));
    }
    // picocli's own words for the rarer cases (an option given twice, a value without its option)
    return Message.of("cause.system", e.getMessage());
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName();
    }
    return arg == null ? "" : arg.paramLabel();
  }
}
