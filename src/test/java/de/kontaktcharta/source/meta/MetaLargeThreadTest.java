package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Large thread files: streamed, and what is held back is bounded. */
class MetaLargeThreadTest {

  /** A thread file written while it is read: head, {@code count} messages, tail. */
  private static final class GeneratedThread extends InputStream {
    private final int count;
    private final IntFunction<String> message;
    private int next = -1;
    private byte[] current = new byte[0];
    private int pos;
    long bytes;

    GeneratedThread(int count, IntFunction<String> message) {
      this.count = count;
      this.message = message;
    }

    @Override
    public int read() {
      if (pos >= current.length) {
        if (next > count) {
          return -1;
        }
        String part;
        if (next < 0) {
          part =
              "{\n  \"participants\": [\n    {\"name\": \"Max Beispiel\"},\n"
                  + "    {\"name\": \"Erika Mustermann\"}\n  ],\n  \"messages\": [\n";
        } else if (next == count) {
          part = "\n  ],\n  \"title\": \"Max Beispiel\",\n  \"thread_path\": \"inbox/max_1\"\n}\n";
        } else {
          part = (next == 0 ? "" : ",\n") + message.apply(next);
        }
        next++;
        current = part.getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      bytes++;
      return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }

  private static String message(int i, String sender) {
    return "    {\n      \"sender_name\": \""
        + sender
        + "\",\n      \"timestamp_ms\": "
        + (1_700_000_000_000L - i * 60_000L)
        + ",\n      \"content\": \"Gr\\u00c3\\u00bc\\u00c3\\u009fe, Nachricht Nummer "
        + i
        + " mit etwas mehr Text, wie ihn echte Nachrichten haben.\",\n"
        + "      \"type\": \"Generic\",\n      \"is_geoblocked_for_viewer\": false\n    }";
  }

  @Test
  void aLargeThreadFileIsStreamedInBoundedParts() {
    GeneratedThread in =
        new GeneratedThread(
            250_000, i -> message(i, i % 2 == 0 ? "Erika Mustermann" : "Max Beispiel"));
    int[] count = new int[2];
    MetaSink<MetaMessage> sink =
        new MetaSink<>() {
          @Override
          public void accept(MetaMessage m) {
            count[0]++;
            if (m.sender().equals("Erika Mustermann")) {
              count[1]++;
            }
            // the first part is handed on before thread_path is read, so the file name gives
            // the key, and every later part keeps it
            if (m.group() || !m.conversationKey().equals("meta:message_1")) {
              throw new AssertionError(m.toString());
            }
          }

          @Override
          public void problem(Problem p) {
            throw new AssertionError(p.toString());
          }
        };
    long start = System.nanoTime();
    MetaReadSummary summary = new MetaMessagesReader().read(in, "message_1.json", sink);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(250_000, count[0]);
    assertEquals(125_000, count[1]);
    assertEquals(new MetaReadSummary("message_1.json", 250_000, 250_000, 0, 0), summary);
    assertTrue(in.bytes > 50_000_000, "bytes " + in.bytes);
    System.out.printf("Meta thread: %d bytes, %d messages in %d ms%n", in.bytes, count[0], millis);
  }

  @Test
  void aSenderAfterTheFirstPartIsNotedAndTheKindStays() {
    GeneratedThread in =
        new GeneratedThread(
            300,
            i ->
                message(
                    i,
                    i == 250 ? "Jana Probst" : i % 2 == 0 ? "Erika Mustermann" : "Max Beispiel"));
    MetaRecorder<MetaMessage> out = new MetaRecorder<>();
    new MetaMessagesReader(100).read(in, "x/messages/inbox/max_1/message_1.json", out);

    assertEquals(300, out.items.size());
    assertTrue(out.items.stream().noneMatch(MetaMessage::group));
    assertEquals(List.of("meta-late-participant"), out.codes());
    assertEquals("meta:inbox/max_1", out.items.get(299).conversationKey());
  }
}
