package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the built-in charter's wording rules on {@code invitations/labelled.csv},
 * a set of invitation texts labelled by the charter's intent. Prints the figures and the rows each
 * rule misses or wrongly flags; asserts today's figures as minimums, to be raised as the rules
 * improve.
 */
class LabelledInvitationsTest {

  static final List<String> SIGNALS =
      List.of(
          "STOCK_PHRASE",
          "SALES_PITCH",
          "GROUP_ONLY",
          "MESSAGE_WOULD_DO",
          "NO_BACKGROUND",
          "PROFILE_POOR");
  static final List<String> REASONS = List.of("MET", "EXCHANGE", "CLIENT", "PROSPECT", "PROFILE");

  /**
   * Today's figures on the whole set, rounded down: {precision, recall}. They were 1.00/0.61,
   * 0.77/0.62, 0.90/0.69, 0.60/1.00, 1.00/0.28, 1.00/0.58, 0.86/0.55, -/0, -/0, 0.69/0.60 and
   * 0.91/0.64 on the first 248 texts before the rules of issue 16; the printed tables show the
   * held-out and the never-fitted parts on their own.
   */
  static final Map<String, double[]> MINIMUMS =
      Map.ofEntries(
          Map.entry("STOCK_PHRASE", new double[] {1.00, 0.93}),
          Map.entry("SALES_PITCH", new double[] {1.00, 0.89}),
          Map.entry("GROUP_ONLY", new double[] {1.00, 0.94}),
          Map.entry("MESSAGE_WOULD_DO", new double[] {0.91, 1.00}),
          Map.entry("NO_BACKGROUND", new double[] {0.97, 0.92}),
          Map.entry("PROFILE_POOR", new double[] {1.00, 0.93}),
          Map.entry("MET", new double[] {1.00, 0.95}),
          Map.entry("EXCHANGE", new double[] {1.00, 1.00}),
          Map.entry("CLIENT", new double[] {1.00, 0.84}),
          Map.entry("PROSPECT", new double[] {0.90, 0.90}),
          Map.entry("PROFILE", new double[] {1.00, 0.90}));

  /** Today's share of rows whose recommendation is the one their labels call for, rounded down. */
  static final double MIN_RECOMMENDATION_AGREEMENT = 0.95;

  /**
   * The held-out part: rows whose id ends in 7, whose misses were not used to choose the rules'
   * wording (its near-misses were written as checks, though), reported on their own.
   */
  static boolean heldOut(LabelledInvitation row) {
    return row.id().endsWith("7");
  }

  /**
   * The rows written after the rules were fitted and never used to change them: their figures are
   * the honest estimate for texts the rules have not seen.
   */
  static boolean writtenAfter(LabelledInvitation row) {
    return Integer.parseInt(row.id().substring(4)) >= FIRST_WRITTEN_AFTER;
  }

  static final int FIRST_WRITTEN_AFTER = 304;

  /** The figures of one part of the set. */
  private static final class Part {
    final String title;
    final java.util.function.Predicate<LabelledInvitation> member;
    final Map<String, Tally> tallies = new LinkedHashMap<>();
    int rows;
    int agreeing;

    Part(String title, java.util.function.Predicate<LabelledInvitation> member) {
      this.title = title;
      this.member = member;
      SIGNALS.forEach(s -> tallies.put(s, new Tally(s)));
      REASONS.forEach(r -> tallies.put(r, new Tally(r)));
    }

    void count(LabelledInvitation row, InvitationVerdicts.Verdict v, String shown, boolean agrees) {
      if (!member.test(row)) {
        return;
      }
      rows++;
      agreeing += agrees ? 1 : 0;
      for (String s : SIGNALS) {
        tallies.get(s).count(row.signals().contains(s), v.signals().contains(s), shown);
      }
      for (String r : REASONS) {
        tallies.get(r).count(row.reasons().contains(r), v.reasons().contains(r), shown);
      }
    }

    String table() {
      StringBuilder out = new StringBuilder("\n" + title + ": " + rows + " texts\n");
      out.append(Tally.header()).append('\n');
      tallies.values().forEach(t -> out.append(t.row()).append('\n'));
      return out.append(
              String.format(
                  Locale.ROOT,
                  "recommendation agrees with the labels in %d of %d%n",
                  agreeing,
                  rows))
          .toString();
    }
  }

  private static List<LabelledInvitation> rows;
  private static final Map<String, Tally> tallies = new LinkedHashMap<>();
  private static final List<Part> parts =
      List.of(
          new Part("Held-out part (ids ending in 7)", LabelledInvitationsTest::heldOut),
          new Part(
              "Written after the rules were fitted, never fitted to (ids from "
                  + FIRST_WRITTEN_AFTER
                  + ")",
              LabelledInvitationsTest::writtenAfter));
  private static int agreeing;
  private static final StringBuilder disagreeing = new StringBuilder();

  @BeforeAll
  static void judgeAll() throws IOException {
    rows = LabelledInvitation.load();
    SIGNALS.forEach(s -> tallies.put(s, new Tally(s)));
    REASONS.forEach(r -> tallies.put(r, new Tally(r)));
    InvitationVerdicts verdicts = new InvitationVerdicts();
    for (LabelledInvitation row : rows) {
      InvitationVerdicts.Verdict v = verdicts.judge(row);
      String shown = row.id() + " " + quote(row.text()) + " [" + row.note() + "]";
      for (String s : SIGNALS) {
        tallies.get(s).count(row.signals().contains(s), v.signals().contains(s), shown);
      }
      for (String r : REASONS) {
        tallies.get(r).count(row.reasons().contains(r), v.reasons().contains(r), shown);
      }
      String expected = verdicts.expectedRecommendation(row);
      boolean agrees = expected.equals(v.recommendation());
      parts.forEach(p -> p.count(row, v, shown, agrees));
      if (agrees) {
        agreeing++;
      } else {
        disagreeing
            .append("  ")
            .append(row.id())
            .append(": expected ")
            .append(expected)
            .append(", got ")
            .append(v.recommendation())
            .append(" — ")
            .append(quote(row.text()))
            .append('\n');
      }
    }
    System.out.println(report());
  }

  private static String report() {
    StringBuilder out = new StringBuilder("\nLabelled invitations: " + rows.size() + " texts\n");
    out.append(Tally.header()).append('\n');
    tallies.values().forEach(t -> out.append(t.row()).append('\n'));
    out.append(
        String.format(
            Locale.ROOT,
            "recommendation agrees with the labels in %d of %d (%.2f)%n",
            agreeing,
            rows.size(),
            agreement()));
    parts.forEach(p -> out.append(p.table()));
    for (Tally t : tallies.values()) {
      t.missed.forEach(
          m -> out.append("  missed ").append(t.label).append(": ").append(m).append('\n'));
      t.wronglyFound.forEach(
          m -> out.append("  wrong  ").append(t.label).append(": ").append(m).append('\n'));
    }
    return out.append("recommendations that differ:\n").append(disagreeing).toString();
  }

  private static double agreement() {
    return (double) agreeing / rows.size();
  }

  private static String quote(String text) {
    String t = text.length() > 90 ? text.substring(0, 90) + "…" : text;
    return "\"" + t + "\"";
  }

  @Test
  void theSetIsLargeBilingualAndCoversEveryLabel() {
    assertTrue(rows.size() >= 200, "only " + rows.size() + " texts");
    Set<String> ids = new HashSet<>();
    for (LabelledInvitation row : rows) {
      assertTrue(ids.add(row.id()), "id twice: " + row.id());
      assertTrue(Set.of("de", "en").contains(row.language()), row.id());
      assertTrue(Set.of("linkedin", "xing").contains(row.platform()), row.id());
      assertTrue(SIGNALS.containsAll(row.signals()), row.id() + " " + row.signals());
      assertTrue(REASONS.containsAll(row.reasons()), row.id() + " " + row.reasons());
    }
    assertTrue(rows.stream().filter(r -> r.language().equals("en")).count() >= 60);
    assertTrue(rows.stream().filter(r -> r.language().equals("de")).count() >= 100);
    for (Tally t : tallies.values()) {
      assertTrue(t.expected() >= 10, t.label + " labelled only " + t.expected() + " times");
    }
    long nearMisses = rows.stream().filter(r -> r.note().startsWith("near-miss")).count();
    assertTrue(nearMisses >= 30, "only " + nearMisses + " near-misses");
  }

  @Test
  void everySignalAndReasonReachesItsMinimum() {
    StringBuilder below = new StringBuilder();
    for (Tally t : tallies.values()) {
      double[] min = MINIMUMS.get(t.label);
      if (t.precision() < min[0] || t.recall() < min[1]) {
        below
            .append(t.row())
            .append(" below ")
            .append(min[0])
            .append('/')
            .append(min[1])
            .append('\n');
      }
    }
    assertEquals("", below.toString(), "figures fell below today's minimums");
  }

  @Test
  void recommendationsAgreeAsOftenAsToday() {
    assertTrue(
        agreement() >= MIN_RECOMMENDATION_AGREEMENT,
        "agreement " + agreement() + " below " + MIN_RECOMMENDATION_AGREEMENT);
  }
}
