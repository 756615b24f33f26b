package de.kontaktcharta.source.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * A generated export of 100,000 messages, produced while it is read and never held whole, with a
 * broken message every 25,000: reading streams through it and keeps counting lines exactly.
 */
class TelegramLargeExportTest {

  private static final int MESSAGES = 100_000;
  private static final int BROKEN_EVERY = 25_000;
  private static final int HEADER_LINES = 10;
  private static final int LINES_PER_MESSAGE = 9;

  @Test
  void aLargeExportIsStreamedAndBrokenMessagesCostOnlyThemselves() throws IOException {
    TelegramRecorder r = new TelegramRecorder();
    TelegramFileSummary summary;
    try (InputStream in = new SequenceInputStream(new Generated())) {
      summary =
          new TelegramReader().read(TelegramFileKind.FULL_EXPORT, in, "big.json", countOnly(r));
    }
    int broken = MESSAGES / BROKEN_EVERY;
    assertEquals(MESSAGES, summary.messages());
    assertEquals(MESSAGES - broken, summary.used());
    assertEquals(broken, summary.skipped());
    assertEquals(MESSAGES - broken, summary.repaired(), "every message carries one \\x01");
    assertTrue(summary.complete());
    assertEquals(broken, r.codes().stream().filter("telegram-broken-message"::equals).count());
    int last = MESSAGES - 1;
    assertEquals(HEADER_LINES + 1 + last * LINES_PER_MESSAGE, lastLine);
  }

  private int lastLine;

  /** Keeps problems, but only counts messages and remembers the last one's line. */
  private TelegramSink countOnly(TelegramRecorder r) {
    return new TelegramSink() {
      @Override
      public void message(TelegramMessage message) {
        lastLine = message.source().line();
      }

      @Override
      public void problem(Problem problem) {
        r.problem(problem);
      }
    };
  }

  /** The export in pieces: the opening, one piece per message, the closing. */
  private static final class Generated implements Enumeration<InputStream> {
    private int next = -1;

    @Override
    public boolean hasMoreElements() {
      return next <= MESSAGES;
    }

    @Override
    public InputStream nextElement() {
      if (!hasMoreElements()) {
        throw new NoSuchElementException();
      }
      String text;
      if (next < 0) {
        text = opening();
      } else if (next == MESSAGES) {
        text = "\n    ]\n   }\n  ]\n }\n}\n";
      } else {
        text = message(next);
      }
      next++;
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String opening() {
    return "{\n"
        + " \"about\": \"Here is the data you requested.\",\n"
        + " \"chats\": {\n"
        + "  \"about\": \"This page lists all chats from this export.\",\n"
        + "  \"list\": [\n"
        + "   {\n"
        + "    \"name\": \"Erika Mustermann\",\n"
        + "    \"type\": \"personal_chat\",\n"
        + "    \"id\": 222222222,\n"
        + "    \"messages\": [";
  }

  /** Nine lines, the first begun by the separator's line break. */
  private static String message(int i) {
    boolean broken = i % BROKEN_EVERY == BROKEN_EVERY / 2;
    String from = i % 2 == 0 ? "user222222222" : "user111111111";
    return (i == 0 ? "" : ",")
        + "\n     {\n"
        + "      \"id\": "
        + (i + 1)
        + ",\n"
        + "      \"type\": \"message\",\n"
        + "      \"date\": \"2025-06-05T13:03:00\",\n"
        + "      \"date_unixtime\": \""
        + (1_700_000_000L + i)
        + "\",\n"
        + "      \"from\": \"Erika Mustermann\",\n"
        + "      \"from_id\": \""
        + from
        + "\",\n"
        + (broken
            ? "      \"text\": \"kaputt\" \"kaputt\"\n"
            : "      \"text\": \"Nachricht\\x01 Nummer " + i + "\"\n")
        + "     }";
  }
}
