package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged headers never stop a mailbox: every message still gets exactly one outcome. */
class GarbledHeaderTest {

  private static final String[] PIECES = {
    "\"",
    "<",
    ">",
    ",",
    ";",
    ":",
    "(",
    ")",
    "@",
    "=?",
    "?=",
    "=?UTF-8?B?",
    "=?UTF-8?Q?",
    "=?x?Q?",
    "\\",
    " ",
    "\t",
    "\n ",
    "Erika",
    "example.org",
    "=C3",
    "=FF",
    "\u00fc",
    "\u20ac",
    "\u0000",
    "Mon",
    "Jul",
    "14:06:16",
    "+0200",
    "2017",
    "-",
    "."
  };

  private static String garble(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = random.nextInt(25); i < n; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  @Test
  void randomlyDamagedFieldsGiveOneOutcomePerMessage() {
    Random random = new Random(17);
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    int messages = 500;
    for (int i = 0; i < messages; i++) {
      String message =
          "From - Mon Jul 10 14:06:16 2017\n"
              + "From: "
              + garble(random)
              + "\n"
              + "To: "
              + garble(random)
              + "\n"
              + "Cc: "
              + garble(random)
              + "\n"
              + "Date: "
              + garble(random)
              + "\n"
              + "Subject: "
              + garble(random)
              + "\n"
              + "References: "
              + garble(random)
              + "\n"
              + "X-Gmail-Labels: "
              + garble(random)
              + "\n"
              + "X-Mozilla-Status: "
              + garble(random)
              + "\n"
              + "\nbody\n";
      byte[] bytes =
          message.getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      mbox.writeBytes(bytes);
    }
    MailRecorder read = MailRecorder.readMbox(mbox.toByteArray(), MailLimits.DEFAULT);
    MailReadSummary summary = read.summary;
    assertEquals(messages, summary.messages());
    assertEquals(messages, read.messages.size() + read.skipped.size() + read.problems.size());
    assertEquals(summary.delivered(), read.messages.size());
  }
}
