package de.kontaktcharta.bench;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor of the benchmark (README, Performance): the least any tool must do with the workload.
 * It parses every input with the libraries the product uses (Commons CSV in the product's dialect,
 * ez-vcard, biweekly), looks at every field, and stream-writes a workbook of the report's shape
 * (sheets, rows, cells and amount of text, as {@link ReportShape} measured it) with the product's
 * SXSSF window.
 *
 * <p>Usage: {@code Floor WORKLOAD_DIR SHAPE_FILE OUT.xlsx}
 */
public final class Floor {

  /** The product's {@code XlsxReportWriter.WINDOW}. */
  static final int WINDOW = 100;

  private static final int POOL_CHARS = 1 << 20;

  private final StringBuilder pool = new StringBuilder(POOL_CHARS);
  private long checksum;

  private Floor() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    Floor floor = new Floor();
    List<Path> files;
    // Followed like the product follows them: a workload folder may be a link to a cached one.
    try (Stream<Path> walk = Files.walk(Path.of(args[0]), FileVisitOption.FOLLOW_LINKS)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".vcf")) {
        floor.vcards(file);
      } else if (name.endsWith(".ics")) {
        floor.calendar(file);
      } else if (name.endsWith(".csv")) {
        boolean excel = file.getParent().getFileName().toString().equals("crm");
        floor.csv(
            file,
            excel ? Charset.forName("windows-1252") : StandardCharsets.UTF_8,
            excel ? ';' : ',');
      }
    }
    long parsed = System.nanoTime();
    Path out = Path.of(args[2]);
    try (OutputStream stream = Files.newOutputStream(out)) {
      floor.workbook(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8), stream);
    }
    long written = System.nanoTime();
    // The checksum is printed so that no parse can be optimised away.
    System.err.printf(
        "floor: parse %d ms, write %d ms, checksum %d%n",
        (parsed - start) / 1_000_000, (written - parsed) / 1_000_000, floor.checksum);
  }

  private void csv(Path file, Charset charset, char delimiter) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .get();
    try (Reader reader =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        for (String value : record.values()) {
          touch(value);
        }
      }
    }
  }

  private void vcards(Path file) throws IOException {
    for (VCard card : Ezvcard.parse(file).all()) {
      touch(card.getFormattedName() == null ? "" : card.getFormattedName().getValue());
      if (card.getStructuredName() != null) {
        touch(card.getStructuredName().getFamily());
        touch(card.getStructuredName().getGiven());
      }
      card.getOrganizations().forEach(o -> o.getValues().forEach(this::touch));
      card.getTitles().forEach(t -> touch(t.getValue()));
      card.getEmails().forEach(e -> touch(e.getValue()));
      card.getTelephoneNumbers().forEach(t -> touch(t.getText()));
      card.getAddresses().forEach(a -> touch(a.getStreetAddress() + a.getLocality()));
      card.getUrls().forEach(u -> touch(u.getValue()));
      card.getNotes().forEach(n -> touch(n.getValue()));
    }
  }

  private void calendar(Path file) throws IOException {
    for (ICalendar ical : Biweekly.parse(file.toFile()).all()) {
      for (VEvent event : ical.getEvents()) {
        touch(event.getSummary() == null ? "" : event.getSummary().getValue());
        touch(event.getUid() == null ? "" : event.getUid().getValue());
        touch(event.getDateStart() == null ? "" : event.getDateStart().getValue().toString());
        if (event.getOrganizer() != null) {
          touch(event.getOrganizer().getCommonName());
          touch(event.getOrganizer().getEmail());
        }
        for (Attendee a : event.getAttendees()) {
          touch(a.getCommonName());
          touch(a.getEmail());
        }
      }
    }
  }

  private void touch(String value) {
    if (value == null) {
      return;
    }
    checksum = checksum * 31 + value.hashCode() + value.length();
    if (pool.length() + value.length() < POOL_CHARS) {
      pool.append(value).append(' ');
    }
  }

  /** Writes one sheet per shape line, with the same rows, cells and characters. */
  private void workbook(List<String> shape, OutputStream out) throws IOException {
    if (pool.length() < 1024) {
      pool.append("Kontaktcharta ".repeat(100));
    }
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      int at = 0;
      for (String line : shape) {
        String[] f = line.split("\t");
        SXSSFSheet sheet = workbook.createSheet(f[0]);
        int rows = Integer.parseInt(f[1]);
        int columns = Integer.parseInt(f[2]);
        long cells = Long.parseLong(f[3]);
        long chars = Long.parseLong(f[4]);
        int length = (int) Math.max(1, chars / Math.max(1, cells));
        for (int r = 0; r < rows; r++) {
          Row row = sheet.createRow(r);
          // spread the cells evenly over the rows so that the total matches
          int here = (int) (cells * (r + 1) / rows - cells * r / rows);
          for (int c = 0; c < Math.min(here, columns); c++) {
            if (at + length >= pool.length()) {
              at = 0;
            }
            row.createCell(c).setCellValue(pool.substring(at, at + length));
            at += length + 1;
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
