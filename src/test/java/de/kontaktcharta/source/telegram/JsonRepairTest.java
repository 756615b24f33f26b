package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRepairTest {

  private static String repair(String text, int maxLine) throws IOException {
    JsonRepair repair = new JsonRepair(new StringReader(text), maxLine);
    StringWriter out = new StringWriter();
    repair.transferTo(out);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "  \"text\": \"a\\x01b\",|  \"text\": \"a\\u0001b\",",
        "  \"text\": \"a\\x1Fb\\x0b\"|  \"text\": \"a\\u001Fb\\u000b\"",
        "  \"text\": \"C:\\\\x01\"|  \"text\": \"C:\\\\x01\"",
        "  \"text\": \"\\\\\\x02\"|  \"text\": \"\\\\\\u0002\"",
        "  \"text\": \"\\xZZ\"|  \"text\": \"\\xZZ\"",
        "  \"document_id\": video_files/sticker.webm|  \"document_id\": \"video_files/sticker.webm\"",
        "  \"document_id\": a\"b\\c,|  \"document_id\": \"a\\\"b\\\\c\",",
        "  \"id\": 17,|  \"id\": 17,",
        "  \"rating\": -0.5e3|  \"rating\": -0.5e3",
        "  \"edited\": null,|  \"edited\": null,",
        "  \"pinned\": true|  \"pinned\": true",
        "  \"date_unixtime\": 1749121440 17,|  \"date_unixtime\": 1749121440 17,",
        "   video_files/sticker.webm|   video_files/sticker.webm",
        "  \"a\\\"b\": x|  \"a\\\"b\": x",
        "  \"list\": [|  \"list\": [",
      })
  void repairsWhatTelegramBreaksAndLeavesValidJsonAlone(String in, String expected)
      throws IOException {
    assertEquals(expected + "\n", repair(in + "\n", 1 << 20));
  }

  @Test
  void lineBreaksAndLineCountsStayAsTheyWere() throws IOException {
    String text = "{\n \"a\": x,\r\n \"b\": \"\\x01\"\n}";
    assertEquals("{\n \"a\": \"x\",\r\n \"b\": \"\\u0001\"\n}", repair(text, 1 << 20));
  }

  @Test
  void anEscapeIsNotCutWhereALongLineIsPassedOnInPieces() throws IOException {
    String text = "\"abcdef\\x01ghi\\\\\\x02\"\n";
    for (int limit = 1; limit < text.length() + 2; limit++) {
      assertEquals("\"abcdef\\u0001ghi\\\\\\u0002\"\n", repair(text, limit), "pieces of " + limit);
    }
  }

  @Test
  void countsWhatItRepaired() throws IOException {
    JsonRepair repair =
        new JsonRepair(new StringReader(" \"t\": \"\\x01\\x02\",\n \"d\": v/w\n"), 64);
    repair.transferTo(new StringWriter());
    assertEquals(2, repair.escapes());
    assertEquals(1, repair.unquoted());
    assertEquals(-1, repair.read(new char[4], 0, 4));
    assertEquals(0, repair.read(new char[4], 0, 0));
  }
}
