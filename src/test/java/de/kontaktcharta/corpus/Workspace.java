package de.kontaktcharta.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The folder of one corpus case: the inputs it makes, and the output folder the run writes to
 * ({@code out/} inside it unless the case points the run elsewhere).
 */
final class Workspace {

  /** Fills a workbook before it is saved. */
  @FunctionalInterface
  interface Sheets {
    void fill(Workbook book) throws IOException;
  }

  private final Path dir;
  private Path out;

  Workspace(Path dir) {
    this.dir = dir;
    this.out = dir.resolve("out");
  }

  Path dir() {
    return dir;
  }

  /** Where the run writes its report and ledger. */
  Path out() {
    return out;
  }

  /** Points the run at another output folder. */
  void outTo(Path other) {
    out = other;
  }

  Path path(String name) {
    return dir.resolve(name);
  }

  Path folder(String name) throws IOException {
    return Files.createDirectories(dir.resolve(name));
  }

  Path text(String name, String text) throws IOException {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path text(String name, String text, Charset charset) throws IOException {
    return bytes(name, text.getBytes(charset));
  }

  Path bytes(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  /** A ZIP archive with the entries in the map's order, deflated. */
  Path zip(String name, Map<String, byte[]> entries) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** An XLSX workbook made with POI. */
  Path workbook(String name, Sheets sheets) throws IOException {
    Path file = dir.resolve(name);
    try (Workbook book = new XSSFWorkbook();
        OutputStream o = Files.newOutputStream(file)) {
      sheets.fill(book);
      book.write(o);
    }
    return file;
  }

  /** The arguments for files: their paths as text. */
  static String arg(Path file) {
    return file.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
