package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.testing.SavedCopy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random edits, saved in random formats under random names, between runs at random moments: the
 * ledger always ends as the edits say, the newest edit of each value winning, and its history holds
 * every change the ledger took. Each seed is one trial; a failing seed is named in the test's name
 * and runs again alone with {@code -Dtest='ReviewPropertyTest#*'}.
 */
class ReviewPropertyTest {

  private static final List<String> PEOPLE =
      List.of("Anna Berg", "Bernd Brot", "Clara Chef", "Dora Durst", "Emil Ernst");

  /** What people type, and what it means; empty means cleared. */
  private static final Map<String, Map<String, String>> WORDS =
      Map.of(
          "decision",
          Map.of(
              "KEEP",
              "KEEP",
              "behalten",
              "KEEP",
              "REMOVE",
              "REMOVE",
              "löschen",
              "REMOVE",
              "Entfernen",
              "REMOVE",
              "nur folgen",
              "FOLLOW_ONLY",
              "FOLLOW_ONLY",
              "FOLLOW_ONLY",
              "-",
              ""),
          "reason",
          Map.of(
              "MET",
              "MET",
              "getroffen",
              "MET",
              "Kunde",
              "CLIENT",
              "Lieferant",
              "CLIENT",
              "Austausch",
              "EXCHANGE",
              "Anfrage",
              "PROSPECT",
              "Profil",
              "PROFILE",
              "-",
              ""),
          "note",
          Map.of(
              "Messe 2024",
              "Messe 2024",
              "Grüße aus Köln",
              "Grüße aus Köln",
              "Studienfreund",
              "Studienfreund",
              "-",
              ""));

  private static final List<String> FIELDS = List.of("decision", "reason", "note");

  static List<Long> seeds() {
    String one = System.getProperty("review.seed");
    return one != null ? List.of(Long.parseLong(one)) : List.of(11L, 23L, 37L, 41L, 59L);
  }

  /** A saved copy: its time and the value of every review cell in it. */
  private record Saved(Instant at, Map<String, Map<String, String>> values) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLedgerIsTheUnionOfTheEditsNewestWinning(
      long seed, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Random random = new Random(seed);
    Path export = Files.createDirectories(tmp.resolve("export"));
    StringBuilder connections =
        new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (String person : PEOPLE) {
      String[] name = person.split(" ");
      String slug = person.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
      connections.append(
          name[0]
              + ","
              + name[1]
              + ",https://www.linkedin.com/in/"
              + slug
              + ",,Firma,Rolle,04 Jul 2023\n");
    }
    Files.writeString(export.resolve("Connections.csv"), connections, StandardCharsets.UTF_8);
    Path out = tmp.resolve("reports");
    LocalDate day = LocalDate.of(2026, 11, 1);
    Path report = run(export, out, day);
    Map<String, String> ids = new HashMap<>();
    for (List<String> row : SavedCopy.read(report).get("Kontakte")) {
      ids.put(row.get(1), row.get(0));
    }

    Map<String, Map<String, String>> ledger = new HashMap<>();
    PEOPLE.forEach(
        p -> ledger.put(p, new HashMap<>(Map.of("decision", "", "reason", "", "note", ""))));
    List<Saved> pending = new ArrayList<>();
    List<String> history = new ArrayList<>();
    Instant last = Instant.now();
    int steps = 3 + random.nextInt(4);
    for (int step = 0; step <= steps; step++) {
      boolean runNow = step == steps || random.nextInt(10) < 4;
      if (runNow) {
        day = day.plusDays(1);
        applyExpected(ledger, pending, history);
        pending.clear();
        report = run(export, out, day);
        continue;
      }
      // a copy of the newest report shows the ledger; the user edits one to three values
      Map<String, Map<String, String>> values = new LinkedHashMap<>();
      Map<String, String[]> cells = new LinkedHashMap<>();
      for (String person : PEOPLE) {
        values.put(person, new HashMap<>(ledger.get(person)));
      }
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        List<String> typed = new ArrayList<>(WORDS.get(field).keySet());
        typed.sort(null);
        String text = typed.get(random.nextInt(typed.size()));
        String meant = WORDS.get(field).get(text);
        if (meant.equals(ledger.get(person).get(field))) {
          continue; // what the copy shows already: no edit
        }
        values.get(person).put(field, meant);
        String[] cell = cells.computeIfAbsent(ids.get(person), k -> new String[3]);
        cell[FIELDS.indexOf(field)] = text;
      }
      if (cells.isEmpty()) {
        continue;
      }
      last = Instant.now().isAfter(last) ? Instant.now() : last.plusMillis(1);
      Path file = save(report, cells, out, step, random.nextInt(5), tmp);
      Files.setLastModifiedTime(file, FileTime.from(last));
      pending.add(new Saved(last, values));
    }

    Map<String, Map<String, String>> written = new HashMap<>();
    for (CSVRecord r : SavedReviewsTest.csv(out.resolve("reasons.csv"))) {
      written.put(
          r.get("Name"),
          Map.of("decision", r.get("Decision"), "reason", r.get("Reason"), "note", r.get("Note")));
    }
    for (String person : PEOPLE) {
      assertEquals(
          ledger.get(person),
          written.getOrDefault(person, Map.of("decision", "", "reason", "", "note", "")),
          "seed " + seed + ": " + person);
    }
    List<String> kept = new ArrayList<>();
    Path historyFile = out.resolve("reasons-history.csv");
    if (Files.exists(historyFile)) {
      for (CSVRecord r : SavedReviewsTest.csv(historyFile)) {
        kept.add(
            r.get("Name")
                + " "
                + r.get("Field").toLowerCase(java.util.Locale.ROOT)
                + " '"
                + r.get("Before")
                + "' → '"
                + r.get("After")
                + "'");
      }
    }
    history.sort(null);
    kept.sort(null);
    assertEquals(history, kept, "seed " + seed + ": the history holds every change");
  }

  /** The newest copy's edit of each value wins; an edit is a value other than the ledger's. */
  private static void applyExpected(
      Map<String, Map<String, String>> ledger, List<Saved> pending, List<String> history) {
    for (String person : PEOPLE) {
      for (String field : FIELDS) {
        String was = ledger.get(person).get(field);
        for (int i = pending.size() - 1; i >= 0; i--) {
          String now = pending.get(i).values().get(person).get(field);
          if (!now.equals(was)) {
            ledger.get(person).put(field, now);
            history.add(person + " " + field + " '" + was + "' → '" + now + "'");
            break;
          }
        }
      }
    }
  }

  /** Saves the edited report as .xlsx, .ods, or its Contacts sheet as one of three CSV dialects. */
  private static Path save(
      Path report, Map<String, String[]> cells, Path out, int step, int format, Path tmp)
      throws Exception {
    Path xlsx = tmp.resolve("edit-" + step + ".xlsx");
    SavedCopy.xlsx(report, "Kontakte", cells, xlsx);
    Charset cp1252 = Charset.forName("windows-1252");
    return switch (format) {
      case 0 -> Files.copy(xlsx, out.resolve("Kopie " + step + " von kontaktcharta.xlsx"));
      case 1 -> {
        Path ods = out.resolve("kontaktcharta (" + step + ").ods");
        SavedCopy.ods(xlsx, ods);
        yield ods;
      }
      case 2 -> save(xlsx, out.resolve("Kontakte " + step + ".csv"), ';', cp1252);
      case 3 -> save(xlsx, out.resolve("Kontakte " + step + ".csv"), ',', StandardCharsets.UTF_8);
      default -> save(xlsx, out.resolve("Kontakte " + step + ".txt"), '\t', StandardCharsets.UTF_8);
    };
  }

  private static Path save(Path xlsx, Path target, char delimiter, Charset charset)
      throws Exception {
    SavedCopy.csv(xlsx, "Kontakte", target, delimiter, charset);
    return target;
  }

  private static Path run(Path export, Path out, LocalDate day) throws Exception {
    return new AnalyseJob()
        .run(AnalyseSettings.of(List.of(export), out, day, day))
        .reports()
        .get(OutputFormat.XLSX);
  }
}
