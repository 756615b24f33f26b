package de.kontaktcharta.cli;

/** The documented exit codes (see {@code charta --help}). */
final class ExitCodes {
  static final int OK = 0;
  static final int FAIL_ON = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int REPORT = 4;

  /** {@code explain}: nothing matched the query; {@code analyse}: no contact and no invitation. */
  static final int NOTHING = 5;

  static final int INTERNAL = 70;

  /**
   * Another run held the output folder longer than {@code --wait}: try again later (EX_TEMPFAIL).
   */
  static final int BUSY = 75;

  private ExitCodes() {}
}
