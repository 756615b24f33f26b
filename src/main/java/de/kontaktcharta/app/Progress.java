package de.kontaktcharta.app;

/** Where a long run tells how far it got; the command line shows it only on a terminal. */
@FunctionalInterface
public interface Progress {

  Progress NONE = message -> {};

  /** A short line such as "reading messages.csv: 250,000 rows". */
  void report(String message);

  /** A line that stays: the run waits for something, e.g. another run writing to its folder. */
  default void waiting(String message) {
    report(message);
  }
}
