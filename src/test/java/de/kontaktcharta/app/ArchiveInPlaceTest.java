package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.testing.SampleArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LinkedIn archive as downloaded: a ZIP read in place gives what the unpacked folder gives. */
class ArchiveInPlaceTest {

  @TempDir Path tmp;

  @Test
  void theZipAsDownloadedReadsLikeItsFolder() throws Exception {
    Path zip = SampleArchive.zip(tmp.resolve("Basic_LinkedInDataExport_11-20-2026.zip"));
    LocalDate runDate = LocalDate.of(2026, 11, 25);
    AnalyseResult fromZip =
        new AnalyseJob().run(AnalyseSettings.of(List.of(zip), tmp.resolve("a"), null, runDate));
    AnalyseResult fromFolder =
        new AnalyseJob()
            .run(
                AnalyseSettings.of(
                    List.of(Path.of("samples/linkedin")), tmp.resolve("b"), null, runDate));

    assertEquals(
        LocalDate.of(2026, 11, 20),
        fromZip.assessment().today(),
        "the export date from the archive's name");
    assertEquals(fromFolder.contacts(), fromZip.contacts());
    assertEquals(39, fromZip.contacts());
    assertEquals(
        fromFolder.assessment().invitations().size(), fromZip.assessment().invitations().size());
    InputSummary connections =
        fromZip.inputs().stream()
            .filter(s -> s.kind() == LinkedInKinds.CONNECTIONS)
            .findFirst()
            .orElseThrow();
    assertEquals(zip + "!Connections.csv", connections.file());
    assertEquals(41, connections.rowsRead());
    assertTrue(connections.balanced());
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(
          List.of("Basic_LinkedInDataExport_11-20-2026.zip", "a", "b"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing was extracted");
    }
  }
}
