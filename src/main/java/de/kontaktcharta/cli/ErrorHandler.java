package de.kontaktcharta.cli;

import de.kontaktcharta.app.CharterError;
import de.kontaktcharta.app.FolderBusyException;
import de.kontaktcharta.app.ReportException;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one-line messages and exit codes; the stack trace only with {@code
 * --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Wording words = Wording.of(language(parsed));
    int code;
    if (e instanceof CharterError charter) {
      charter.lines().forEach(l -> err.println(TerminalText.line(l)));
      code = ExitCodes.USAGE;
    } else if (e instanceof ReportException report) {
      err.println(error(words, words.text(report.message())));
      code = ExitCodes.REPORT;
    } else if (e instanceof FolderBusyException busy) {
      err.println(error(words, words.text(busy.message())));
      code = ExitCodes.BUSY;
    } else if (e instanceof OutputError output) {
      err.println(error(words, output.text(words)));
      code = ExitCodes.REPORT;
    } else if (e instanceof UsageError usage) {
      err.println(error(words, usage.text(words)));
      code = ExitCodes.USAGE;
    } else if (e instanceof IOException io) {
      err.println(error(words, words.text(describe(io))));
      code = ExitCodes.INPUT;
    } else {
      err.println(TerminalText.line(words.format("terminal.internal", e.toString())));
      code = ExitCodes.INTERNAL;
    }
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static Message describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return Message.of("error.file-not-found", missing.getFile());
    }
    if (e instanceof AccessDeniedException denied) {
      return Message.of("error.permission-denied", denied.getFile());
    }
    return Message.of("cause.system", e.getMessage() == null ? e.toString() : e.getMessage());
  }

  private static String error(Wording words, String text) {
    return TerminalText.line(words.format("terminal.error", text));
  }

  /** The language the command was given with {@code --lang}, else the default. */
  private static String language(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      String language = p.matchedOptionValue("--lang", "");
      if (Wording.LANGUAGES.contains(language)) {
        return language;
      }
    }
    return RunOptions.DEFAULT_LANGUAGE;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
