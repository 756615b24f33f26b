package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.app.AnalyseJob;
import de.kontaktcharta.app.AnalyseResult;
import de.kontaktcharta.app.AnalyseSettings;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.testing.English;
import de.kontaktcharta.testing.Producers;
import de.kontaktcharta.testing.RecordingSink;
import de.kontaktcharta.testing.SampleArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two downloads of one account: what both hold is read once, from the newest. */
class LinkedInExportsTest {

  @TempDir Path tmp;

  private Path zip(String name) throws Exception {
    return SampleArchive.zip(tmp.resolve(name));
  }

  private static List<String> read(InputPlan plan, InputKind kind) {
    return plan.recognised().stream().filter(d -> d.kind() == kind).map(Detection::name).toList();
  }

  private static List<String> codes(InputPlan plan) {
    return plan.problems().stream().map(Problem::code).toList();
  }

  @Test
  void theNewestDownloadIsReadAndTheOlderOneNamed() throws Exception {
    Path older = zip("Basic_LinkedInDataExport_10-25-2026.zip");
    Path newer = zip("Basic_LinkedInDataExport_11-20-2026.zip");
    try (InputPlan plan = new InputPlanner().plan(List.of(tmp), Map.of())) {
      assertEquals(List.of(newer + "!Connections.csv"), read(plan, LinkedInKinds.CONNECTIONS));
      assertEquals(List.of(newer + "!messages.csv"), read(plan, LinkedInKinds.MESSAGES));
      Problem olderMessages =
          plan.problems().stream()
              .filter(p -> p.source().file().equals(older + "!messages.csv"))
              .findFirst()
              .orElseThrow();
      assertEquals("export-superseded", olderMessages.code());
      assertTrue(English.text(olderMessages).contains("an older export (2026-10-25)"));
    }
  }

  @Test
  void aDownloadAndItsUnpackedFolderAreReadOnce() throws Exception {
    Path download = zip("Basic_LinkedInDataExport_11-20-2026.zip");
    AnalyseResult both =
        new AnalyseJob()
            .run(
                AnalyseSettings.of(
                    List.of(download, Path.of("samples/linkedin")),
                    tmp.resolve("out"),
                    null,
                    LocalDate.of(2026, 11, 25)));
    AnalyseResult one =
        new AnalyseJob()
            .run(
                AnalyseSettings.of(
                    List.of(Path.of("samples/linkedin")),
                    tmp.resolve("out1"),
                    null,
                    LocalDate.of(2026, 11, 25)));
    assertEquals(verdicts(one), verdicts(both));
    assertTrue(
        both.problems().stream()
            .anyMatch(
                p ->
                    p.code().equals("export-superseded")
                        && English.text(p).contains("the same content as")));
  }

  /** Each contact's name, status and evidence, without the file names. */
  private static List<String> verdicts(AnalyseResult result) {
    return result.assessment().contacts().stream()
        .map(
            c ->
                c.contact().name()
                    + " "
                    + c.status()
                    + " "
                    + c.evidence().stream()
                        .map(e -> e.reason() + "/" + e.strength() + "/" + e.detail())
                        .toList())
        .toList();
  }

  @Test
  void twoDifferentUndatedFilesAreBothReadWithAWarning() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    Files.writeString(a.resolve("Connections.csv"), header + "Anna,Berg,,,,,01 Jan 2024\n");
    Files.writeString(b.resolve("Connections.csv"), header + "Ben,Kurz,,,,,01 Jan 2024\n");
    try (InputPlan plan = new InputPlanner().plan(List.of(a, b), Map.of())) {
      assertEquals(2, read(plan, LinkedInKinds.CONNECTIONS).size());
      assertTrue(codes(plan).contains("export-twice"), codes(plan)::toString);
    }
  }

  @Test
  void theDateComesFromTheArchivesName() {
    assertEquals(
        Optional.of(LocalDate.of(2026, 11, 20)),
        LinkedInExports.exportDate("/x/Basic_LinkedInDataExport_11-20-2026.zip!messages.csv"));
    assertEquals(Optional.empty(), LinkedInExports.exportDate("/x/LinkedInDataExport_13-45-2026"));
    assertEquals(Optional.empty(), LinkedInExports.exportDate("/x/Connections.csv"));
  }

  @Test
  void coachMessagesBesideTheMessagesAreNoSecondExportAndNoEvidence() throws Exception {
    Path archive = Producers.file("linkedin/archive-2025");
    RecordingSink sink = new RecordingSink();
    Inputs.Reading reading = new Inputs().read(List.of(archive), Map.of(), sink);

    List<String> problems = reading.problems().stream().map(Problem::code).toList();
    assertTrue(!problems.contains("export-twice"), problems::toString);
    assertEquals(
        Map.of(
            "messages.csv", LinkedInKinds.MESSAGES.code(),
            "coach_messages.csv", LinkedInKinds.OTHER.code()),
        kindsByName(reading.summaries()));
    // only the two messages between Jan Petersen and the owner; the coach is no person
    assertEquals(2, sink.facts.size());
    assertTrue(
        sink.facts.stream().noneMatch(f -> f.toString().contains("LinkedIn Coach")),
        sink.facts::toString);
  }

  private static Map<String, String> kindsByName(List<InputSummary> summaries) {
    Map<String, String> kinds = new java.util.TreeMap<>();
    for (InputSummary s : summaries) {
      kinds.put(Path.of(s.file()).getFileName().toString(), s.kind().code());
    }
    return kinds;
  }
}
