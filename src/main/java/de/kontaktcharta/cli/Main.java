package de.kontaktcharta.cli;

import de.kontaktcharta.app.ScratchSpace;
import de.kontaktcharta.app.Wording;
import de.kontaktcharta.model.Message;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code charta} command: says for every contact why the person is in the network. */
@Command(
    name = "charta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      AnalyseCommand.class,
      CheckCommand.class,
      InitCommand.class,
      ExplainCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    description =
        "Reads exported contact lists and invitations (LinkedIn data archive, XING vCards, address books, CRM sheets, calendars), applies the contact charter and writes a spreadsheet that says for every contact why the person is in the network.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Report written.",
      "1:Report written, and --fail-on found what it looks for.",
      "2:Invalid command line or charter file.",
      "3:Report written, but an input could not be read (see stderr).",
      "4:The report or the reasons ledger could not be written.",
      "5:Nothing found: analyse found no contact and no invitation in the inputs (no report"
          + " written), or explain found nothing matching the query.",
      "70:Internal error (a bug; run again with --verbose and report it).",
      "75:Another run was writing to the output folder for longer than --wait; nothing was"
          + " written. Try again later."
    })
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  public static void main(String... args) {
    OptionalInt elsewhere = Relaunch.elsewhere(args);
    if (elsewhere.isPresent()) {
      System.exit(elsewhere.getAsInt());
    }
    String[] given = Relaunch.arguments(args);
    // loaded before the run: when the heap runs out, there may be no room left to load the texts
    Wording words = Wording.of(language(given));
    try {
      Relaunch.checkSpelled(given);
    } catch (UsageError e) {
      System.err.println(TerminalText.line(words.format("terminal.error", e.text(words))));
      System.exit(ExitCodes.USAGE);
      return;
    }
    // stderr carries one line per error for cron mail; --verbose also shows what the libraries say
    boolean verbose = List.of(given).contains("--verbose");
    LibraryLog.LOGGER.setLevel(verbose ? Level.ALL : Level.OFF);
    // The threads of a run hand their failures to the thread that waits for them, which reports
    // them in one line; this is for any other thread. The JVM's default prints a stack trace.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, failure) -> strayFailure(thread, failure, verbose, words));
    ScratchSpace scratch = ScratchSpace.forThisProcess();
    // also on SIGTERM and Ctrl-C; after kill -9 the next run removes what is left
    Runtime.getRuntime().addShutdownHook(new Thread(scratch::remove, "charta-cleanup"));
    System.exit(run(words, given));
  }

  /**
   * The libraries' own log (POI reports a failed write with a stack trace through log4j-to-jul).
   * Held because java.util.logging forgets a logger's level when nothing refers to it; in a class
   * of its own so that a JVM that only starts the second one does not set up logging, 10 of the 90
   * ms it took to get there.
   */
  private static final class LibraryLog {
    static final Logger LOGGER = Logger.getLogger("org.apache");
  }

  /**
   * A failure no thread of the run waits for: one line, the stack trace only with {@code
   * --verbose}. Running out of memory says nothing here: the run meets it again where it waits and
   * says it once.
   */
  static void strayFailure(Thread thread, Throwable failure, boolean verbose, Wording words) {
    if (verbose) {
      failure.printStackTrace();
    } else if (!(failure instanceof OutOfMemoryError)) {
      System.err.println(
          TerminalText.line(
              words.format("terminal.internalIn", thread.getName(), failure.toString())));
    }
  }

  /** Runs the command line; an error the handler cannot meet still ends in one line. */
  private static int run(Wording words, String... args) {
    try {
      return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
          .execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes errors on; the JVM's own report would be a stack trace and exit code 1,
      // which means "--fail-on matched". Temporary files are gone: they are removed in finally.
      System.err.println(words.format("terminal.outOfMemory"));
      return ExitCodes.REPORT;
    } catch (StackOverflowError e) {
      System.err.println(words.format("terminal.internal", e.toString()));
      return ExitCodes.INTERNAL;
    }
  }

  /** The language given with {@code --lang}, for what is said when picocli could not finish. */
  static String language(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--lang=")
              ? args[i].substring("--lang=".length())
              : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : "";
      if (Wording.LANGUAGES.contains(value)) {
        return value;
      }
    }
    return RunOptions.DEFAULT_LANGUAGE;
  }

  /**
   * The command line with its error handling, writing to the given streams (tests pass their own).
   */
  static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setParameterExceptionHandler(new ParameterErrors());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    return cmd;
  }

  @Override
  public void run() {
    UsageError none = new UsageError(Message.of("error.option.command"));
    throw new CommandLine.ParameterException(spec.commandLine(), none.getMessage(), none);
  }
}
