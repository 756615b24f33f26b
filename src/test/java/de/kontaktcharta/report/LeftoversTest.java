package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kontaktcharta.testing.EndedProcess;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed runs left is removed; nothing else is, however similar its name. */
class LeftoversTest {

  @TempDir Path dir;

  private Set<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private Path file(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "x");
  }

  @Test
  void partFilesOfRunsThatAreOverGoOthersStay() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs process numbers");
    long dead = EndedProcess.number();
    long me = ProcessHandle.current().pid();
    file(".kontaktcharta-" + dead + "-123.xlsx.part");
    file(".kontaktcharta-" + dead + "-124.csv.zip.part");
    file(".reasons.csv-" + dead + "-125.part");
    file(".reasons-history.csv-" + dead + "-126.part");
    file(".kontaktcharta-" + me + "-127.json.part");
    Path old = file(".kontaktcharta-128.xlsx.part");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
    file(".kontaktcharta-129.xlsx.part");
    file("kontaktcharta-2026-11-20.xlsx");
    file("kontaktcharta-entwurf.xlsx.part");
    file(".kontaktcharta-" + dead + "-130.docx.part");

    ReportFiles.removeLeftovers(dir);

    assertEquals(
        Set.of(
            ".kontaktcharta-" + me + "-127.json.part",
            ".kontaktcharta-129.xlsx.part",
            "kontaktcharta-2026-11-20.xlsx",
            "kontaktcharta-entwurf.xlsx.part",
            ".kontaktcharta-" + dead + "-130.docx.part"),
        names());
  }

  @Test
  void aFolderIsRemovedWithEverythingInItButLinksAreNotFollowed() throws Exception {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "needs symbolic links");
    long dead = EndedProcess.number();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("keep.txt"), "the user's");
    Path scratch = Files.createDirectories(dir.resolve("kontaktcharta-" + dead + "-9/sub"));
    Files.writeString(scratch.resolve("sheet.xml"), "<row/>");
    Files.createSymbolicLink(scratch.resolve("link"), outside);

    Leftovers.remove(dir, Pattern.compile("kontaktcharta-(\\d{1,10})-\\d+"));

    assertEquals(Set.of("outside"), names());
    assertEquals("the user's", Files.readString(outside.resolve("keep.txt")));
  }

  @Test
  void aMissingFolderIsNoFailure() throws IOException {
    file("kontaktcharta-1-1");
    Leftovers.remove(dir.resolve("missing"), Pattern.compile(".*"));
    Leftovers.remove(dir.resolve("kontaktcharta-1-1"), Pattern.compile(".*"));
    Leftovers.delete(dir.resolve("missing"));
    assertEquals(Set.of("kontaktcharta-1-1"), names());
  }
}
