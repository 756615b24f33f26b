package de.kontaktcharta.rules;

import java.util.ArrayList;
import java.util.List;

/** Hits and misses of one label over the labelled set. */
final class Tally {

  final String label;
  int truePositives;
  int falsePositives;
  int falseNegatives;
  final List<String> missed = new ArrayList<>();
  final List<String> wronglyFound = new ArrayList<>();

  Tally(String label) {
    this.label = label;
  }

  void count(boolean expected, boolean found, String row) {
    if (expected && found) {
      truePositives++;
    } else if (found) {
      falsePositives++;
      wronglyFound.add(row);
    } else if (expected) {
      falseNegatives++;
      missed.add(row);
    }
  }

  int expected() {
    return truePositives + falseNegatives;
  }

  /** Share of findings that were right; 1 when nothing was found (nothing was wrong). */
  double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** Share of the labelled rows that were found; 1 when no row carries the label. */
  double recall() {
    return expected() == 0 ? 1.0 : (double) truePositives / expected();
  }

  String row() {
    return String.format(
        java.util.Locale.ROOT,
        "%-18s %5d %5d %5d %5d   %5.2f  %5.2f",
        label,
        expected(),
        truePositives,
        falsePositives,
        falseNegatives,
        precision(),
        recall());
  }

  static String header() {
    return String.format(
        java.util.Locale.ROOT,
        "%-18s %5s %5s %5s %5s   %5s  %5s",
        "label",
        "exp",
        "tp",
        "fp",
        "fn",
        "prec",
        "recall");
  }
}
