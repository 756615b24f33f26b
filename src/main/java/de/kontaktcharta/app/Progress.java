package de.kontaktcharta.app;

/** Where a long run tells how far it got; the command line shows it only on a terminal. */
@FunctionalInterface
public interface Progress {

  Progress NONE = message -> {};

  /** A short line such as "reading messages.csv: 250,000 rows". */
  void report(String message);
}
