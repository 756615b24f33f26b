package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.Workspace.arg;
import static de.kontaktcharta.corpus.Workspace.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.kontaktcharta.testing.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Damaged archives of the social networks: the X archive, XING's data export, Telegram, Facebook
 * and Mastodon cut off, broken or in the wrong format. Each message is used or accounted for, the
 * file is named, the run goes on.
 */
final class SocialCases {

  private SocialCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "x-archive-zip-cut-off-in-its-direct-messages",
            w -> {
              Map<String, byte[]> entries = new LinkedHashMap<>();
              entries.put("Your archive.html", utf8("<html><body>archive</body></html>"));
              entries.put("data/account.js", fixture("x/archive-2023/data/account.js"));
              entries.put("data/direct-messages.js", fixture("x/bad/direct-messages-truncated.js"));
              entries.put("data/like.js", utf8("window.YTD.like.part0 = [ ]"));
              entries.put("data/tweets_media/1.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 1});
              return List.of(arg(w.zip("twitter-2026-11-18-abc.zip", entries)));
            },
            Expected.exit(3)
                .problem("twitter-2026-11-18-abc.zip!data/direct-messages.js:23", "x-damaged-file")
                .problem("twitter-2026-11-18-abc.zip", "companions-not-read")
                .check(SocialCases::nothingUnknown)),
        run(
            "x-archive-file-of-wrong-types-and-an-empty-account",
            w -> {
              w.bytes("x/data/account.js", fixture("x/bad/account-empty.js"));
              w.bytes("x/data/direct-messages.js", fixture("x/bad/direct-messages-wrong-types.js"));
              return List.of(arg(w.path("x")));
            },
            Expected.exit(0)
                .problem("direct-messages.js:17", "x-bad-message")
                .problem("direct-messages.js:2", "x-unexpected-content")),
        run(
            "telegram-export-cut-off-in-a-chat",
            w ->
                List.of(
                    arg(w.bytes("Telegram/result.json", fixture("telegram/bad/truncated.json")))),
            Expected.exit(3).problem("result.json", "telegram-damaged-file")),
        run(
            "telegram-export-with-broken-messages-in-the-middle",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "DataExport/result.json",
                            fixture("telegram/bad/broken-messages.json")))),
            Expected.exit(0)
                .problem("result.json:20", "telegram-broken-message")
                .problem("result.json", "telegram-no-owner")),
        run(
            "telegram-html-export",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "ChatExport/messages.html", fixture("telegram/html/messages.html")))),
            Expected.exit(0)
                .rows("messages.html", 1, 0, 1)
                .problem("messages.html", "telegram-html-export")),
        run(
            "facebook-thread-cut-off",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "facebook-x/your_facebook_activity/messages/inbox/a_1/message_1.json",
                            fixture("meta/broken/truncated/message_1.json")))),
            Expected.exit(3).problem("message_1.json:33", "meta-broken-json")),
        run(
            "facebook-download-in-html",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "facebook-x/your_facebook_activity/messages/inbox/a_1/message_1.html",
                            fixture(
                                "meta/facebook-erikamustermann-html/your_facebook_activity/messages"
                                    + "/inbox/jurgenweiss_1234567890/message_1.html")))),
            Expected.exit(0)
                .rows("message_1.html", 1, 0, 1)
                .problem("message_1.html", "meta-html-export")),
        run(
            "mastodon-outbox-cut-off",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "archive/outbox.json", fixture("mastodon/bad/outbox-truncated.json"))),
                    arg(w.bytes("archive/actor.json", fixture("mastodon/archive/actor.json")))),
            Expected.exit(3).problem("outbox.json:1", "mastodon-damaged-file")),
        run(
            "xing-export-with-broken-rows-and-a-file-not-understood",
            w -> {
              w.bytes(
                  "xing/data/messages-backend/files/ab12.csv",
                  fixture("xingexport/variants/messages-broken.csv"));
              w.text(
                  "xing/data/network-inquiry/files/cd34.csv", "\"Spalte\";\"Wert\"\n\"a\";\"b\"\n");
              return List.of(arg(w.path("xing")));
            },
            Expected.exit(0)
                .rows("cd34.csv", 1, 0, 1)
                .problem("cd34.csv", "xing-not-understood")
                .check(SocialCases::nothingUnknown)));
  }

  private static void nothingUnknown(Outcome o) {
    assertFalse(
        o.problems().stream().anyMatch(p -> p.get("Code").equals("input-unknown")),
        () -> "every file of the export recognised or counted: " + o.problems());
  }

  private static byte[] fixture(String name) {
    try {
      return Files.readAllBytes(Inputs.fixture(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
