package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Damaged mailboxes and chat exports: each message is used or accounted for, the run goes on. */
final class ChannelCases {

  private static final String OWNER = "Katrin Albers <katrin@albers.example>";

  private ChannelCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "mbox-cut-off-in-a-header",
            w ->
                List.of(
                    arg(
                        w.text(
                            "Posteingang.mbox",
                            mail("Erika <erika@example.org>", OWNER, "1 Oct 2026 10:00:00 +0200")
                                + mail(
                                    OWNER, "Erika <erika@example.org>", "2 Oct 2026 10:00:00 +0200")
                                + "From - Sat Oct 03 10:00:00 2026\nFrom: Erika <erika@exa"))),
            Expected.exit(0)
                // with one correspondent both sides are in every mail: the owner cannot be told
                .rows("Posteingang.mbox", 3, 0, 3)
                .problem("Posteingang.mbox", "owner-unknown")),
        run(
            "mbox-with-binary-garbage-and-a-message-without-sender",
            w -> {
              byte[] garbage = new byte[3000];
              for (int i = 0; i < garbage.length; i++) {
                garbage[i] = (byte) (i * 31);
              }
              String head =
                  mail("Erika <erika@example.org>", OWNER, "1 Oct 2026 10:00:00 +0200")
                      + "From - Sat Oct 03 10:00:00 2026\nSubject: ohne Absender\nDate: 3 Oct 2026"
                      + " 10:00:00 +0200\n\n";
              byte[] a = head.getBytes(StandardCharsets.UTF_8);
              byte[] b =
                  ("\n\n" + mail(OWNER, "Erika <erika@example.org>", "4 Oct 2026 10:00:00 +0200"))
                      .getBytes(StandardCharsets.UTF_8);
              byte[] all = new byte[a.length + garbage.length + b.length];
              System.arraycopy(a, 0, all, 0, a.length);
              System.arraycopy(garbage, 0, all, a.length, garbage.length);
              System.arraycopy(b, 0, all, a.length + garbage.length, b.length);
              return List.of(arg(w.bytes("Thunderbird/Inbox", all)));
            },
            Expected.exit(0)
                .rows("Thunderbird/Inbox", 3, 0, 3)
                .problem("Thunderbird/Inbox", "mail-without-sender")),
        run(
            "mailbox-of-somebody-else",
            w ->
                List.of(
                    arg(
                        w.text(
                            "fremd.mbox",
                            mail(
                                    "A <a@example.org>",
                                    "B <b@example.org>",
                                    "1 Oct 2026 10:00:00 +0200")
                                + mail(
                                    "B <b@example.org>",
                                    "A <a@example.org>",
                                    "2 Oct 2026 10:00:00 +0200")
                                + mail(
                                    "C <c@example.org>",
                                    "D <d@example.org>",
                                    "3 Oct 2026 10:00:00 +0200")))),
            Expected.exit(0).rows("fremd.mbox", 3, 0, 3).problem("fremd.mbox", "owner-unknown")),
        run(
            "whatsapp-chat-with-impossible-dates-and-stray-lines",
            w ->
                List.of(
                    arg(
                        w.text(
                            "WhatsApp Chat mit Erika Mustermann.txt",
                            "Exportiert am Montag\n"
                                + "05.12.25, 14:03 - Erika Mustermann: Hallo\n"
                                + "31.02.25, 14:04 - Erika Mustermann: Datum gibt es nicht\n"
                                + "05.12.25, 14:05 - Katrin: Hallo zurück\n"))),
            Expected.exit(0)
                .rows("WhatsApp Chat mit Erika Mustermann.txt", 3, 0, 3)
                .problem("WhatsApp Chat mit Erika Mustermann.txt:3", "chat-bad-date")
                .problem("WhatsApp Chat mit Erika Mustermann.txt:1", "chat-stray-text")),
        run(
            "whatsapp-export-archive-with-media-and-no-other-side",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              entries.put(
                  "_chat.txt",
                  ("[05.12.25, 14:03:11] Erika Mustermann: Hallo\r\n"
                          + "[05.12.25, 14:04:00] Erika Mustermann: \u200eBild weggelassen\r\n")
                      .getBytes(StandardCharsets.UTF_8));
              for (int i = 0; i < 30; i++) {
                entries.put(
                    "0000" + i + "-PHOTO-2025-12-05-14-04-00.jpg",
                    new byte[] {(byte) 0xff, (byte) 0xd8, 1});
              }
              return List.of(arg(w.zip("WhatsApp Chat - Erika Mustermann.zip", entries)));
            },
            Expected.exit(0)
                .rows("WhatsApp Chat - Erika Mustermann.zip!_chat.txt", 2, 0, 2)
                .problem("WhatsApp Chat - Erika Mustermann.zip", "companions-not-read")
                .check(
                    o -> {
                      assertFalse(
                          o.problems().stream()
                              .anyMatch(p -> p.get("Code").equals("input-unknown")),
                          "the photos are not listed one by one");
                      assertTrue(
                          o.problems().stream()
                              .anyMatch(
                                  p ->
                                      p.get("Code").equals("owner-unknown")
                                          && p.get("Rows skipped").equals("2")),
                          "one side only: the owner cannot be told");
                    })));
  }

  private static String mail(String from, String to, String date) {
    return "From - Thu Oct 01 10:00:00 2026\nFrom: "
        + from
        + "\nTo: "
        + to
        + "\nDate: "
        + date
        + "\nSubject: Frage\n\nText\n\n";
  }
}
