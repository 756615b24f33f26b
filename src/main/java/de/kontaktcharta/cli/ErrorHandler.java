package de.kontaktcharta.cli;

import de.kontaktcharta.app.CharterError;
import de.kontaktcharta.app.FolderBusyException;
import de.kontaktcharta.app.ReportException;
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
    int code;
    if (e instanceof CharterError charter) {
      charter.lines().forEach(l -> err.println(TerminalText.line(l)));
      code = ExitCodes.USAGE;
    } else if (e instanceof ReportException report) {
      err.println("error: " + TerminalText.line(report.getMessage()));
      code = ExitCodes.REPORT;
    } else if (e instanceof FolderBusyException busy) {
      err.println("error: " + TerminalText.line(busy.getMessage()));
      code = ExitCodes.BUSY;
    } else if (e instanceof OutputError output) {
      err.println("error: " + TerminalText.line(output.getMessage()));
      code = ExitCodes.REPORT;
    } else if (e instanceof UsageError usage) {
      err.println("error: " + TerminalText.line(usage.getMessage()));
      code = ExitCodes.USAGE;
    } else if (e instanceof IOException io) {
      err.println("error: " + TerminalText.line(describe(io)));
      code = ExitCodes.INPUT;
    } else {
      err.println("error: internal error: " + TerminalText.line(e.toString()));
      code = ExitCodes.INTERNAL;
    }
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile() + ": file not found";
    }
    if (e instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
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
