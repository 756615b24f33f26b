package de.kontaktcharta.source.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lines that cannot be used are listed, never dropped, and never stop the file. */
class ChatProblemsTest {

  @Test
  void strayTextAndImpossibleDatesAreProblemsInFileOrder() {
    ChatRecorder read = ChatRecorder.read("problems/WhatsApp Chat mit Tom Berg.txt");
    assertEquals(
        List.of("1 TEXT_BEFORE_FIRST_MESSAGE", "4 TEXT", "5 INVALID_DATE", "6 TEXT"), read.order);
    assertEquals("2", read.problems.get(0).detail());
    assertEquals("31.02.25, 10:00", read.problems.get(1).detail());
    assertEquals("problems/WhatsApp Chat mit Tom Berg.txt", read.problems.get(1).file());
    assertEquals(2, read.summary.problems());
    assertEquals(Map.of("Tom Berg", 1, "Max Beispiel", 1), read.summary.messagesByAuthor());
  }

  @Test
  void dateAgainstTheFilesOrderIsAProblem() {
    ChatRecorder read =
        ChatRecorder.readText(
            "12/13/25, 9:00 AM - Anna: hi\n13/12/25, 9:01 AM - Max: hi\n12/14/25, 9:02 AM - Anna: ok\n");
    assertEquals(DateOrder.MONTH_FIRST, read.summary.dateOrder());
    assertEquals(List.of("1 TEXT", "2 INVALID_DATE", "3 TEXT"), read.order);
  }

  @Test
  void textWithoutAnyChatLineIsOneProblem() {
    ChatRecorder read = ChatRecorder.readText("nur Text\nund noch mehr\n");
    assertEquals(List.of("1 TEXT_BEFORE_FIRST_MESSAGE", "2 NO_MESSAGES"), read.order);
    ChatSummary summary = read.summary;
    assertNull(summary.format());
    assertNull(summary.dateOrder());
    assertNull(summary.first());
    assertEquals(0, summary.messages());
  }

  @Test
  void emptyFileHasNoMessages() {
    ChatRecorder read = ChatRecorder.readText("");
    assertEquals(List.of("1 NO_MESSAGES"), read.order);
  }

  @Test
  void impossibleTwelveHourTimeIsAProblem() {
    ChatRecorder read =
        ChatRecorder.readText("1/13/25, 13:00 PM - Anna: hi\n1/13/25, 1:00 PM - Anna: ok\n");
    assertEquals(List.of("1 INVALID_DATE", "2 TEXT"), read.order);
    assertEquals(LocalDateTime.of(2025, 1, 13, 13, 0), read.lines.get(0).time());
  }
}
