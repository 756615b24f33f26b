package de.kontaktcharta.source.xingexport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The first complete records of a file's head, for recognising the file and its delimiter. */
final class HeadRecords {

  static final char[] DELIMITERS = {',', ';', '\t'};

  private HeadRecords() {}

  /**
   * Up to {@code max} records of the head. The last record is left out when the head may have cut
   * it short (the head does not end with a line break), unless it is the only one.
   */
  static List<List<String>> parse(String head, char delimiter, int max) {
    List<List<String>> out = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(head))
            .setFormat(CsvRecords.format(delimiter))
            .get()) {
      for (CSVRecord record : parser) {
        out.add(record.toList());
        if (out.size() > max) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // the head ends inside a quoted field: the records before it are what there is
      return out.subList(0, Math.min(out.size(), max));
    }
    if (out.size() > max) {
      return out.subList(0, max);
    }
    boolean cut = !head.endsWith("\n") && !head.endsWith("\r");
    if (cut && out.size() > 1) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
