package de.kontaktcharta.source.xingexport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.function.Predicate;

/**
 * An open CSV file of the export: its encoding and delimiter decided from the head, its records
 * ready to be read.
 *
 * @param records the records, from the first line on
 * @param delimiter the delimiter chosen
 * @param encoding the encoding chosen
 */
record XingCsvInput(CsvRecords records, char delimiter, HeadEncoding encoding) {

  /** How much of a file is looked at to decide its encoding and delimiter. */
  static final int HEAD_BYTES = 1 << 16;

  /**
   * Opens the stream (which is not closed here).
   *
   * @param fits whether the head's first records, split at a delimiter, look like the file's kind;
   *     the first delimiter that fits is taken, else the comma
   */
  static XingCsvInput open(
      InputStream in, String file, Predicate<List<List<String>>> fits, int maxRecordChars)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
    buffered.mark(HEAD_BYTES);
    byte[] head = buffered.readNBytes(HEAD_BYTES);
    buffered.reset();
    HeadEncoding encoding = HeadEncoding.of(head, head.length);
    char delimiter = delimiter(encoding.decode(head, head.length), fits);
    buffered.skipNBytes(encoding.bomLength());
    Reader text = new InputStreamReader(buffered, encoding.decoder());
    return new XingCsvInput(
        new CsvRecords(text, delimiter, file, maxRecordChars), delimiter, encoding);
  }

  static char delimiter(String headText, Predicate<List<List<String>>> fits) {
    for (char d : HeadRecords.DELIMITERS) {
      if (fits.test(HeadRecords.parse(headText, d, 20))) {
        return d;
      }
    }
    return ',';
  }
}
