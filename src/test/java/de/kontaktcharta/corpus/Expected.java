package de.kontaktcharta.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run must give: its exit code, the rows of named inputs, problems at named places, inputs
 * that must not be read, and any further checks.
 *
 * @param exit the exit code of {@code charta analyse}
 * @param rows row counts of inputs, by the end of their name
 * @param problems problems that must be listed, by the end of their source and their code
 * @param unread inputs that must not appear among the inputs read
 * @param checks further checks on the outcome
 * @param alone true when the case's inputs are read alone, without the witness list that lets a run
 *     whose own inputs hold no contact still write a report to check
 */
record Expected(
    int exit,
    List<Rows> rows,
    List<ProblemAt> problems,
    List<String> unread,
    List<Check> checks,
    boolean alone) {

  /** Rows read, used and listed on the Problems sheet for one input. */
  record Rows(String input, long read, long used, long onProblems) {}

  /** A problem at {@code file:line} (or a whole file) with its code. */
  record ProblemAt(String source, String code) {}

  /** A check beyond the table's columns. */
  @FunctionalInterface
  interface Check {
    void verify(Outcome outcome) throws Exception;
  }

  Expected {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    unread = List.copyOf(unread);
    checks = List.copyOf(checks);
  }

  static Expected exit(int code) {
    return new Expected(code, List.of(), List.of(), List.of(), List.of(), false);
  }

  /** The case's inputs read without the witness list: for runs that must find nothing. */
  Expected readAlone() {
    return new Expected(exit, rows, problems, unread, checks, true);
  }

  Expected rows(String input, long read, long used, long onProblems) {
    List<Rows> more = new ArrayList<>(rows);
    more.add(new Rows(input, read, used, onProblems));
    return new Expected(exit, more, problems, unread, checks, alone);
  }

  Expected problem(String source, String code) {
    List<ProblemAt> more = new ArrayList<>(problems);
    more.add(new ProblemAt(source, code));
    return new Expected(exit, rows, more, unread, checks, alone);
  }

  Expected unread(String input) {
    List<String> more = new ArrayList<>(unread);
    more.add(input);
    return new Expected(exit, rows, problems, more, checks, alone);
  }

  Expected check(Check check) {
    List<Check> more = new ArrayList<>(checks);
    more.add(check);
    return new Expected(exit, rows, problems, unread, more, alone);
  }
}
