package de.kontaktcharta.input.text;

import static de.kontaktcharta.testing.Inputs.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding sniffing and the readers it gives, alone and through a whole file. */
class TextEncodingTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static String readAll(TextEncoding encoding, byte[] data) throws IOException {
    try (Reader reader = encoding.reader(new ByteArrayInputStream(data))) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[7];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    }
  }

  @Test
  void byteOrderMarks() {
    byte[] text = "a,b\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        TextEncoding.UTF_8_BOM, TextEncoding.sniff(concat(bytes(0xef, 0xbb, 0xbf), text), true));
    assertEquals(TextEncoding.UTF_16LE_BOM, TextEncoding.sniff(bytes(0xff, 0xfe, 'a', 0), true));
    assertEquals(TextEncoding.UTF_16BE_BOM, TextEncoding.sniff(bytes(0xfe, 0xff, 0, 'a'), true));
  }

  @Test
  void utf16WithoutBomByItsZeroBytes() {
    String text = "First Name\tLast Name\n";
    assertEquals(
        TextEncoding.UTF_16LE, TextEncoding.sniff(text.getBytes(StandardCharsets.UTF_16LE), true));
    assertEquals(
        TextEncoding.UTF_16BE, TextEncoding.sniff(text.getBytes(StandardCharsets.UTF_16BE), true));
  }

  @Test
  void utf8AsciiAndWindows1252() {
    assertEquals(TextEncoding.UTF_8, TextEncoding.sniff("plain,ascii\n".getBytes(CP1252), true));
    assertEquals(
        TextEncoding.UTF_8,
        TextEncoding.sniff("Jürgen,Weiß\n".getBytes(StandardCharsets.UTF_8), true));
    assertEquals(
        TextEncoding.WINDOWS_1252, TextEncoding.sniff("Jürgen;Weiß;€\n".getBytes(CP1252), true));
    assertEquals(TextEncoding.UTF_8, TextEncoding.sniff(new byte[0], true));
  }

  @Test
  void mostlyUtf8WithStrayWindows1252BytesIsUtf8() {
    byte[] mixed =
        concat(
            "José,Núñez,Zoë\n".getBytes(StandardCharsets.UTF_8), "Björn,Öztürk\n".getBytes(CP1252));
    assertEquals(TextEncoding.UTF_8, TextEncoding.sniff(mixed, true));
  }

  @Test
  void windows1252WithAnAccidentalUtf8PairStaysWindows1252() {
    // "ß“" is DF 93 in Windows-1252, which is also a valid two-byte UTF-8 sequence
    byte[] text = "Grüße aus Köln, „Gruß“\n".getBytes(CP1252);
    assertEquals(TextEncoding.WINDOWS_1252, TextEncoding.sniff(text, true));
  }

  @Test
  void aSequenceCutOffByTheSniffingWindowIsNoEvidenceAgainstUtf8() {
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // three bytes
    byte[] head = concat("abc".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(euro, 2));
    assertEquals(TextEncoding.UTF_8, TextEncoding.sniff(head, false));
    assertEquals(TextEncoding.WINDOWS_1252, TextEncoding.sniff(head, true), "whole file: broken");
  }

  @Test
  void readersSkipTheBom() throws IOException {
    assertEquals(
        "Zoë",
        readAll(
            TextEncoding.UTF_8_BOM,
            concat(bytes(0xef, 0xbb, 0xbf), "Zoë".getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        "Zoë",
        readAll(
            TextEncoding.UTF_16LE_BOM,
            concat(bytes(0xff, 0xfe), "Zoë".getBytes(StandardCharsets.UTF_16LE))));
    assertEquals("Zoë", readAll(TextEncoding.WINDOWS_1252, "Zoë".getBytes(CP1252)));
    assertThrows(IOException.class, () -> readAll(TextEncoding.UTF_16LE_BOM, bytes(0xff)));
  }

  @Test
  void labelsRoundTrip() {
    for (TextEncoding e : TextEncoding.values()) {
      assertEquals(e, TextEncoding.byLabel(e.label()));
    }
    assertThrows(IllegalArgumentException.class, () -> TextEncoding.byLabel("EBCDIC"));
  }

  @Test
  void utf8FallbackReadsStrayBytesAsWindows1252() throws IOException {
    byte[] data =
        concat(
            "Jürgen ".getBytes(StandardCharsets.UTF_8),
            bytes(0x80, ' ', 0xfc, ' ', 0x93, 'x', 0x94, ' '), // € ü “x”
            "😀".getBytes(StandardCharsets.UTF_8),
            bytes(0xe2, 0x82)); // a sequence cut off by the end of the file
    Utf8FallbackReader reader = new Utf8FallbackReader(new ByteArrayInputStream(data));
    StringBuilder out = new StringBuilder();
    char[] one = new char[1]; // one char at a time splits the emoji's surrogate pair
    while (reader.read(one, 0, 1) > 0) {
      out.append(one[0]);
    }
    assertEquals("Jürgen € ü “x” 😀â‚", out.toString());
    assertEquals(6, reader.fallbackBytes());
  }

  @Test
  void windows1252ReaderTakesOnlyUnmistakableUtf8() throws IOException {
    byte[] data =
        concat(
            bytes('G', 'r', 'u', 0xdf, 0x93, ' ', 0xfc, ' '), // Gruß“ ü in Windows-1252
            "Jörg „5 €“".getBytes(StandardCharsets.UTF_8),
            bytes(0xc3)); // a lead byte at the end of the file is Windows-1252 too
    Windows1252Reader reader = new Windows1252Reader(new ByteArrayInputStream(data));
    char[] buffer = new char[64];
    int n = reader.read(buffer, 0, 64);
    assertEquals("Gruß“ ü Jörg „5 €“Ã", new String(buffer, 0, n));
    assertEquals(4, reader.foreign(), "ö, „, € and “ came as UTF-8");
  }

  @Test
  void overlongAndSurrogateSequencesAreNotUtf8() throws IOException {
    Utf8FallbackReader reader =
        new Utf8FallbackReader(new ByteArrayInputStream(bytes(0xc0, 0xaf, 0xed, 0xa0, 0x80)));
    char[] buffer = new char[10];
    int n = reader.read(buffer, 0, 10);
    assertEquals("À¯í\u00a0€", new String(buffer, 0, n));
    assertEquals(5, reader.fallbackBytes());
  }

  @Test
  void utf16WithoutBomFileIsRead() throws IOException {
    String text = "First Name\tLast Name\tConnected On\r\nZoë\tÅberg\t16 Dec 2024\r\n";
    ReadResult r = Inputs.read(Inputs.write(dir, "c.csv", text, StandardCharsets.UTF_16LE));
    assertEquals("UTF-16LE", r.detection().encoding());
    assertCounts(r, 1, 1, 0);
    assertEquals("Zoë Åberg", r.sink().network.get(0).person().displayName());
  }

  @Test
  void windows1252FileIsReadAsSuch() throws IOException {
    String text = "Vorname;Nachname;Verbunden am\nJürgen;Weiß;05.10.2026\n";
    ReadResult r = Inputs.read(Inputs.write(dir, "connections.csv", text, CP1252));
    assertEquals("Windows-1252", r.detection().encoding());
    assertEquals(';', r.detection().delimiter());
    assertCounts(r, 1, 1, 0);
    assertEquals("Jürgen Weiß", r.sink().network.get(0).person().displayName());
    assertTrue(r.sink().problems.isEmpty(), r.sink().problems::toString);
  }

  @Test
  void windows1252BytesInAnOtherwiseUtf8FileGiveOneWarning() throws IOException {
    byte[] data =
        concat(
            "First Name,Last Name,Company,Connected On\n".getBytes(StandardCharsets.UTF_8),
            "José,Núñez,Café Zoë,16 Dec 2024\n".getBytes(StandardCharsets.UTF_8),
            "Jürgen,Weiß,Straßenbau Müller,15 Dec 2024\n".getBytes(StandardCharsets.UTF_8),
            "Björn,Öztürk,Ärzte & Co,14 Dec 2024\n".getBytes(CP1252),
            "Ana,Søren,Fjord,13 Dec 2024\n".getBytes(StandardCharsets.UTF_8));
    ReadResult r = Inputs.read(Inputs.write(dir, "mixed.csv", data));
    assertCounts(r, 4, 4, 0);
    List<String> names = r.sink().network.stream().map(e -> e.person().displayName()).toList();
    assertEquals(List.of("José Núñez", "Jürgen Weiß", "Björn Öztürk", "Ana Søren"), names);
    assertEquals("Ärzte & Co", r.sink().network.get(2).person().company());
    assertOneMixedEncodingWarning(r);
  }

  @Test
  void windows1252BytesBeyondTheSniffingWindowGiveOneWarning() throws IOException {
    StringBuilder utf8 = new StringBuilder("First Name,Last Name,Connected On\n");
    int rows = 0;
    while (utf8.length() < TextEncoding.SNIFF_BYTES + 1000) {
      utf8.append("Zoë,Ångström,16 Dec 2024\n");
      rows++;
    }
    byte[] data =
        concat(
            utf8.toString().getBytes(StandardCharsets.UTF_8),
            "Jörg,Maß,15 Dec 2024\n".getBytes(CP1252),
            "Zoë,Ångström,16 Dec 2024\n".getBytes(StandardCharsets.UTF_8));
    ReadResult r = Inputs.read(Inputs.write(dir, "late.csv", data));
    assertEquals("UTF-8", r.detection().encoding());
    assertCounts(r, rows + 2, rows + 2, 0);
    assertEquals("Jörg Maß", r.sink().network.get(rows).person().displayName());
    assertEquals("Zoë Ångström", r.sink().network.get(rows + 1).person().displayName());
    assertOneMixedEncodingWarning(r);
  }

  private static void assertOneMixedEncodingWarning(ReadResult r) {
    List<Problem> warnings = r.sink().problems("mixed-encoding");
    assertEquals(1, warnings.size(), r.sink().problems::toString);
    assertEquals(Severity.WARNING, warnings.get(0).severity());
    assertEquals(0, warnings.get(0).source().line(), "about the whole file");
    assertEquals(1, r.sink().problems.size(), r.sink().problems::toString);
  }
}
