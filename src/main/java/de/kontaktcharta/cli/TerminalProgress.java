package de.kontaktcharta.cli;

import de.kontaktcharta.app.Progress;
import java.io.PrintWriter;

/**
 * One progress line on stderr, rewritten in place, only when a person watches a terminal: cron mail
 * and pipes stay clean.
 */
final class TerminalProgress implements Progress {

  private static final long INTERVAL_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long last;
  private int width;

  private TerminalProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Progress on a terminal, nothing otherwise. */
  static TerminalProgress forTerminal(PrintWriter err, boolean quiet) {
    return new TerminalProgress(err, !quiet && System.console() != null);
  }

  @Override
  public void report(String message) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    String safe = TerminalText.line(message);
    String line = safe.length() > 100 ? safe.substring(0, 99) + "…" : safe;
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** A line of its own, not rewritten: the run waits, and the person watching should know why. */
  @Override
  public void waiting(String message) {
    if (!enabled) {
      return;
    }
    done();
    width = 0;
    err.println(TerminalText.line(message));
    err.flush();
  }

  /** Progress whatever the console says; for tests of the output itself. */
  static TerminalProgress enabled(PrintWriter err) {
    return new TerminalProgress(err, true);
  }

  /** Clears the line; once, however often it is called. */
  void done() {
    if (enabled && width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
