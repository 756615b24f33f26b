package de.kontaktcharta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Channel;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import de.kontaktcharta.testing.English;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An X archive, XING's data export, a Telegram export, a Facebook download and a Mastodon archive
 * beside a LinkedIn archive, an address book and a contact list: each channel's messages reach the
 * contact they are with through what links them (a handle in a vCard, a phone number Telegram
 * saved, a name Facebook wrote in mojibake), with the charter's one EXCHANGE rule.
 */
class SocialArchivesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @TempDir static Path tmp;
  private static AnalyseJob.Analysis analysis;

  @BeforeAll
  static void analyse() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    linkedIn(in);
    xArchive(in.resolve("twitter-2026-11-18-abc"));
    xing(in.resolve("xing-datenauskunft"));
    telegram(in.resolve("DataExport_2026-11-18"));
    facebook(in.resolve("facebook-katrinalbers-2026"));
    mastodon(in.resolve("mastodon-archive"));
    analysis =
        new AnalyseJob().analyse(AnalyseSettings.of(List.of(in), tmp.resolve("out"), TODAY, TODAY));
  }

  private static void linkedIn(Path in) throws Exception {
    write(
        in.resolve("linkedin/Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Erika,Schmidt,https://www.linkedin.com/in/erika-schmidt,,ACME,CEO,01 Jan 2020\n"
            + "Petra,Tel,https://www.linkedin.com/in/petra-tel,,Tel AG,CTO,01 Jan 2020\n"
            + "Jürgen,Weiß,https://www.linkedin.com/in/juergen-weiss,,W,Dev,01 Jan 2020\n"
            + "Lena,Xing,https://www.linkedin.com/in/lena-xing,,X,Ops,01 Jan 2020\n"
            + "Jonas,Muster,https://www.linkedin.com/in/jonas-muster,,M,Chef,01 Jan 2020\n"
            + "Ole,Folger,https://www.linkedin.com/in/ole-folger,,F,Chef,01 Jan 2020\n");
    write(in.resolve("linkedin/Profile.csv"), "First Name,Last Name,Headline\nKatrin,Albers,B\n");
    write(
        in.resolve("karten/erika.vcf"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Erika;;;\r\nFN:Erika Schmidt\r\n"
            + "X-TWITTER:@erika_s\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tel;Petra;;;\r\nFN:Petra Tel\r\n"
            + "TEL;TYPE=CELL:0170 1234567\r\nEND:VCARD\r\n");
    write(
        in.resolve("listen/kontakte.csv"),
        "Vorname;Nachname;Mastodon\nJonas;Muster;@jonas@other.example\n");
  }

  /** Three direct messages each way with account 200, whom a post names as @erika_s. */
  private static void xArchive(Path root) throws Exception {
    Path data = root.resolve("data");
    write(
        data.resolve("account.js"),
        "window.YTD.account.part0 = [ {\"account\" : {\"email\" : \"katrin@albers.example\","
            + " \"username\" : \"katrin_a\", \"accountId\" : \"100\","
            + " \"accountDisplayName\" : \"Katrin Albers\"}} ]");
    StringBuilder dms = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      boolean mine = i % 2 == 0;
      dms.append(i == 0 ? "" : ",")
          .append("{\"messageCreate\" : {\"recipientId\" : \"")
          .append(mine ? "200" : "100")
          .append("\", \"senderId\" : \"")
          .append(mine ? "100" : "200")
          .append("\", \"id\" : \"90")
          .append(i)
          .append("\", \"text\" : \"Hallo\", \"createdAt\" : \"2026-10-1")
          .append(i)
          .append("T10:00:00.000Z\"}}");
    }
    write(
        data.resolve("direct-messages.js"),
        "window.YTD.direct_messages.part0 = [ {\"dmConversation\" : {\"conversationId\" :"
            + " \"100-200\", \"messages\" : ["
            + dms
            + "]}} ]");
    write(
        data.resolve("tweets.js"),
        "window.YTD.tweets.part0 = [ {\"tweet\" : {\"id_str\" : \"5\", \"created_at\" :"
            + " \"Sat Aug 12 16:10:37 +0000 2023\", \"full_text\" : \"@erika_s danke\","
            + " \"entities\" : {\"user_mentions\" : [{\"name\" : \"Erika S.\", \"screen_name\" :"
            + " \"erika_s\", \"id_str\" : \"200\"}]}}} ]");
    write(
        data.resolve("follower.js"),
        "window.YTD.follower.part0 = [ {\"follower\" : {\"accountId\" : \"300\"}},"
            + " {\"follower\" : {\"accountId\" : \"301\"}} ]");
    write(data.resolve("like.js"), "window.YTD.like.part0 = [ ]");
    write(root.resolve("Your archive.html"), "<html><body>archive</body></html>");
    write(data.resolve("tweets_media/1.jpg"), "not really a picture");
  }

  private static void xing(Path root) throws Exception {
    Path files = root.resolve("data");
    write(
        files.resolve("network-inquiry/files/a1.csv"),
        "\"Name\",\"Kontakt bestätigt am\"\n"
            + "\"Lena Xing\",\"2019-03-01 10:00:00 UTC\"\n"
            + "\"Nur Xing\",\"2021-05-02 11:00:00 UTC\"\n");
    write(
        files.resolve("network-inquiry/files/b2.csv"),
        "\"Name\",\"Erstellt am\",\"Text der Notiz\"\n"
            + "\"Nur Xing\",\"2021-05-03 09:00:00 UTC\",\"Kennengelernt auf der Messe in Köln,\n"
            + "sehr nett\"\n");
    StringBuilder messages = new StringBuilder();
    for (int c = 0; c < 2; c++) {
      messages
          .append("\"Frage ")
          .append(c)
          .append("\",\"2026-0")
          .append(c + 6)
          .append("-01 09:00:00 UTC\",\"Katrin Albers,Lena Xing\",\"\",\"\",\"\"\n");
      for (int i = 0; i < 4; i++) {
        messages
            .append("\"\",\"\",\"\",\"")
            .append(i % 2 == 0 ? "Lena Xing" : "Katrin Albers")
            .append("\",\"2026-0")
            .append(c + 6)
            .append("-0")
            .append(i + 1)
            .append(" 10:00:00 UTC\",\"Text ")
            .append(i)
            .append("\"\n");
      }
    }
    write(files.resolve("messages-backend/files/c3.csv"), messages.toString());
    write(files.resolve("messages-backend/files/d4.csv"), "\"Spalte\";\"Wert\"\n\"a\";\"b\"\n");
    write(root.resolve("index.html"), "<!DOCTYPE html><html><body>XING</body></html>");
  }

  private static void telegram(Path root) throws Exception {
    StringBuilder chat = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      boolean mine = i % 2 == 1;
      chat.append(i == 0 ? "" : ",\n")
          .append("{\"id\": ")
          .append(i + 1)
          .append(", \"type\": \"message\", \"date\": \"2026-09-0")
          .append(i + 1)
          .append("T10:00:00\", \"date_unixtime\": \"")
          .append(1788256800L + i * 86400L)
          .append("\", \"from\": \"")
          .append(mine ? "Katrin Albers" : "Petra")
          .append("\", \"from_id\": \"user")
          .append(mine ? "111" : "222")
          .append("\", \"text\": \"Hallo\"}");
    }
    write(
        root.resolve("result.json"),
        "{\n \"about\": \"Here is the data you requested.\",\n"
            + " \"personal_information\": {\"user_id\": 111, \"first_name\": \"Katrin\","
            + " \"last_name\": \"Albers\", \"phone_number\": \"+49 151 1111111\"},\n"
            + " \"contacts\": {\"about\": \"\", \"list\": [{\"user_id\": 222, \"first_name\":"
            + " \"Petra\", \"last_name\": \"\", \"phone_number\": \"+49 170 1234567\"}]},\n"
            + " \"chats\": {\"about\": \"\", \"list\": [\n"
            + "  {\"name\": \"Petra\", \"type\": \"personal_chat\", \"id\": 222, \"messages\": [\n"
            + chat
            + "]},\n"
            + "  {\"name\": \"Kanal\", \"type\": \"public_channel\", \"id\": 999, \"messages\": ["
            + "{\"id\": 1, \"type\": \"message\", \"date\": \"2026-09-01T10:00:00\","
            + " \"date_unixtime\": \"1788256800\", \"from\": \"Kanal\", \"from_id\":"
            + " \"channel999\", \"text\": \"News\"}]}\n"
            + " ]}\n}\n");
    write(root.resolve("photos/photo_1.jpg"), "not really a picture");
  }

  private static void facebook(Path root) throws Exception {
    String juergen = mojibake("Jürgen Weiß");
    StringBuilder messages = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      messages
          .append(i == 0 ? "" : ",")
          .append("{\"sender_name\": \"")
          .append(i % 2 == 0 ? juergen : "Katrin Albers")
          .append("\", \"timestamp_ms\": ")
          .append(1788256800000L - i * 3600000L)
          .append(", \"content\": \"")
          .append(mojibake("Grüße"))
          .append("\"}");
    }
    write(
        root.resolve("your_facebook_activity/messages/inbox/jurgenweiss_1/message_1.json"),
        "{\"participants\": [{\"name\": \""
            + juergen
            + "\"}, {\"name\": \"Katrin Albers\"}], \"messages\": ["
            + messages
            + "], \"title\": \""
            + juergen
            + "\", \"is_still_participant\": true}");
    write(
        root.resolve("your_facebook_activity/messages/inbox/jurgenweiss_1/photos/1.jpg"),
        "not really a picture");
    write(root.resolve("ads_information/advertisers.json"), "{\"ig_custom_audiences\": []}");
  }

  /** Four direct posts to Jonas: the archive holds no answer. */
  private static void mastodon(Path root) throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"https://social.example/users/katrin/statuses/")
          .append(i)
          .append(
              "/activity\",\"type\":\"Create\",\"actor\":\"https://social.example/users/katrin\",")
          .append("\"published\":\"2026-10-0")
          .append(i + 1)
          .append("T10:00:00Z\",\"to\":[\"https://other.example/users/jonas\"],\"cc\":[],")
          .append("\"object\":{\"id\":\"https://social.example/users/katrin/statuses/")
          .append(i)
          .append("\",\"type\":\"Note\",\"published\":\"2026-10-0")
          .append(i + 1)
          .append("T10:00:00Z\",\"to\":[\"https://other.example/users/jonas\"],\"cc\":[],")
          .append("\"tag\":[{\"type\":\"Mention\",\"href\":\"https://other.example/users/jonas\",")
          .append("\"name\":\"@jonas@other.example\"}]}}");
    }
    write(
        root.resolve("outbox.json"),
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"outbox.json\","
            + "\"type\":\"OrderedCollection\",\"totalItems\":4,\"orderedItems\":["
            + items
            + "]}");
    write(
        root.resolve("actor.json"),
        "{\"@context\":[\"https://www.w3.org/ns/activitystreams\"],"
            + "\"id\":\"https://social.example/users/katrin\",\"type\":\"Person\","
            + "\"preferredUsername\":\"katrin\",\"name\":\"Katrin Albers\","
            + "\"inbox\":\"https://social.example/users/katrin/inbox\",\"outbox\":\"outbox.json\"}");
    write(
        root.resolve("likes.json"),
        "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"likes.json\","
            + "\"type\":\"OrderedCollection\",\"orderedItems\":[]}");
  }

  /**
   * Every UTF-8 byte above 127 as its own JSON escape of a Latin-1 code point, as Meta writes
   * names.
   */
  static String mojibake(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c));
    }
    return out.toString();
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static ContactAssessment contact(String name) {
    return analysis.assessment().contacts().stream()
        .filter(c -> c.contact().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no contact " + name));
  }

  private static List<Evidence> evidence(String name, ReasonCode reason) {
    return contact(name).evidence().stream().filter(e -> e.reason() == reason).toList();
  }

  private static Evidence onlyExchange(String name, String fileEnd) {
    List<Evidence> exchange = evidence(name, ReasonCode.EXCHANGE);
    assertEquals(1, exchange.size(), exchange::toString);
    Evidence e = exchange.get(0);
    assertTrue(e.source().file().endsWith(fileEnd), e::toString);
    return e;
  }

  @Test
  void xDirectMessagesReachTheContactWhoseCardNamesTheHandleAPostGaveTheAccountNumber() {
    Evidence e = onlyExchange("Erika Schmidt", "direct-messages.js");
    assertEquals(Strength.STRONG, e.strength());
    assertEquals("exchange.channel", e.detail().key());
    assertEquals("{label:channel." + Channel.X + "}", e.detail().args().get(0));
    assertEquals(List.of("3", "3", "3", "3"), e.detail().args().subList(1, 5));
    assertEquals(Status.JUSTIFIED, contact("Erika Schmidt").status());
  }

  @Test
  void followingEachOtherIsNoExchangeAndTheArchivesOtherFilesAreOneLine() {
    assertEquals(2, rows("follower.js", "x-following"));
    Problem companions =
        analysis.problems().stream()
            .filter(
                p ->
                    p.code().equals("companions-not-read")
                        && p.source().file().endsWith("twitter-2026-11-18-abc"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.problems().toString()));
    assertTrue(English.text(companions).startsWith("3 files"), companions::toString);
  }

  @Test
  void aTelegramChatReachesTheContactWithTheNumberTelegramSavedForTheUser() {
    Evidence e = onlyExchange("Petra Tel", "result.json");
    assertEquals(Strength.STRONG, e.strength());
    assertEquals(1, rows("result.json", "telegram-no-exchange"));
  }

  @Test
  void facebookNamesAreRepairedBeforeTheyAreMatched() {
    Evidence e = onlyExchange("Jürgen Weiß", "message_1.json");
    assertEquals(Strength.STRONG, e.strength());
    assertEquals("{label:channel." + Channel.FACEBOOK + "}", e.detail().args().get(0));
  }

  @Test
  void xingMessagesCountAndItsContactsAreTheXingNetworkWithTheirDates() {
    ContactAssessment lena = contact("Lena Xing");
    assertTrue(lena.contact().sources().size() >= 2, lena.contact()::toString);
    assertEquals(Strength.STRONG, onlyExchange("Lena Xing", "c3.csv").strength());
    ContactAssessment only = contact("Nur Xing");
    assertEquals(LocalDate.of(2021, 5, 2), only.contact().connectedOn());
  }

  @Test
  void aXingNoteIsShownAndCountsAsWeakEvidenceRecordedByHand() {
    List<Evidence> manual = evidence("Nur Xing", ReasonCode.MANUAL);
    assertEquals(1, manual.size(), manual::toString);
    assertEquals(Strength.WEAK, manual.get(0).strength());
    assertEquals("note", manual.get(0).detail().key());
    assertTrue(manual.get(0).detail().args().get(1).startsWith("Kennengelernt auf der Messe"));
    assertFalse(evidence("Nur Xing", ReasonCode.MET).isEmpty(), "the note's wording is a hint");
    assertEquals(Status.WEAK, contact("Nur Xing").status());
  }

  @Test
  void aFileInXingsExportThatIsNotUnderstoodIsNamed() {
    assertEquals(1, rows("d4.csv", "xing-not-understood"));
  }

  @Test
  void mastodonPostsAreOneSidedAndWeakHowEverMany() {
    Evidence e = onlyExchange("Jonas Muster", "outbox.json");
    assertEquals(Strength.WEAK, e.strength());
    assertEquals("exchange.one_sided", e.detail().key());
    assertEquals("4", e.detail().args().get(1));
    assertEquals(Status.WEAK, contact("Jonas Muster").status());
  }

  @Test
  void everyRowOfEveryArchiveIsUsedOrListed() {
    for (InputSummary s : analysis.inputs()) {
      assertTrue(s.balanced(), s::toString);
      long listed =
          analysis.problems().stream()
              .filter(p -> p.source().file().equals(s.file()))
              .mapToLong(Problem::rows)
              .sum();
      assertEquals(s.rowsSkipped(), listed, () -> "every skipped row listed for " + s);
    }
    assertFalse(
        analysis.problems().stream().anyMatch(p -> p.code().equals("owner-unknown")),
        analysis.problems()::toString);
    assertFalse(
        analysis.problems().stream().anyMatch(p -> p.code().equals("input-unknown")),
        analysis.problems()::toString);
  }

  private static long rows(String fileEnd, String code) {
    return analysis.problems().stream()
        .filter(p -> p.source().file().endsWith(fileEnd) && p.code().equals(code))
        .mapToLong(Problem::rows)
        .sum();
  }
}
