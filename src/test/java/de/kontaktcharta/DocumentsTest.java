package de.kontaktcharta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: no file points to documents a user of the repository does not
 * have, and every pointer from the code into {@code docs/} leads to a page (and section) there.
 */
class DocumentsTest {

  /** Folders that are built or fetched, not written. */
  private static final Set<String> NOT_WRITTEN =
      Set.of(".git", "target", "reports", "node_modules");

  /**
   * Names of documents that lived beside the repository while it was made. They are spelled in
   * pieces so that this file does not name them itself.
   */
  private static final Pattern OUTSIDE =
      Pattern.compile(
          String.join(
              "|",
              "\\.\\./" + "shared",
              "SPEC" + "(\\.md|\\s*§)",
              "FORMATS" + "\\.md",
              "STYLE" + "\\.md",
              "CHANNELS" + "\\.md"));

  private static final Pattern DOCS_POINTER =
      Pattern.compile("docs/([\\w./-]+\\.md)(?:\\s*§(\\d+))?");

  @Test
  void noFileNamesADocumentOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : textFiles()) {
      String text = read(file);
      Matcher m = OUTSIDE.matcher(text);
      while (m.find()) {
        found.add(file + ": " + m.group());
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void everyPointerIntoDocsLeadsToAPageAndSection() throws IOException {
    List<String> broken = new ArrayList<>();
    int pointers = 0;
    for (Path file : textFiles()) {
      Matcher m = DOCS_POINTER.matcher(read(file));
      while (m.find()) {
        pointers++;
        Path page = Path.of("docs").resolve(m.group(1));
        if (!Files.isRegularFile(page)) {
          broken.add(file + ": " + m.group() + " (no such page)");
        } else if (m.group(2) != null
            && !Files.readString(page, StandardCharsets.UTF_8)
                .contains("\n## " + m.group(2) + ". ")) {
          broken.add(file + ": " + m.group() + " (no such section)");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(pointers >= 10, "the code points to its documents: " + pointers);
  }

  /** The repository's own text files: sources, documents, scripts, fixtures. */
  private static List<Path> textFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(Path.of("."))) {
      all.filter(Files::isRegularFile)
          .filter(p -> !written(p))
          .filter(DocumentsTest::text)
          .forEach(files::add);
    }
    assertTrue(files.size() > 100, "found the repository: " + files.size());
    return files;
  }

  /** The file as UTF-8, with any byte that is not UTF-8 replaced: fixtures may be in any. */
  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static boolean written(Path file) {
    for (Path part : file.normalize()) {
      if (NOT_WRITTEN.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean text(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".java")
        || name.endsWith(".md")
        || name.endsWith(".sh")
        || name.endsWith(".xml")
        || name.endsWith(".yaml")
        || name.endsWith(".properties")
        || name.endsWith(".txt")
        || name.equals("run");
  }
}
