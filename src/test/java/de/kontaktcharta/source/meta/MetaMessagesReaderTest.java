package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaMessagesReaderTest {

  private static final String CLASSIC =
      "facebook-erikamustermann-2022/messages/inbox/jurgenweiss_1234567890/";

  @Test
  void aClassicThreadGivesEveryMessageWithRepairedNames() {
    MetaRecorder<MetaMessage> out = MetaRecorder.thread(CLASSIC + "message_1.json");

    assertEquals(5, out.items.size());
    MetaMessage newest = out.items.get(0);
    assertEquals("Erika Mustermann", newest.sender());
    assertEquals(List.of("Jürgen Weiß"), newest.recipients());
    assertEquals(List.of("Jürgen Weiß", "Erika Mustermann"), newest.participants());
    assertEquals(Instant.parse("2022-05-03T09:15:00Z"), newest.sentAt());
    assertFalse(newest.group());
    assertEquals(MetaMessageKind.MESSAGE, newest.kind());
    assertEquals("Generic", newest.rawType());
    assertEquals(1, newest.number());
    assertEquals(CLASSIC + "message_1.json", newest.source().file());
    assertEquals(11, newest.source().line());
    assertEquals(List.of(), out.problems);
  }

  @Test
  void sharesCallsAndUnsentMessagesAreToldApart() {
    MetaRecorder<MetaMessage> out = MetaRecorder.thread(CLASSIC + "message_1.json");

    assertEquals(
        List.of(
            MetaMessageKind.MESSAGE,
            MetaMessageKind.MESSAGE,
            MetaMessageKind.CALL,
            MetaMessageKind.UNSENT,
            MetaMessageKind.MESSAGE),
        out.items.stream().map(MetaMessage::kind).toList());
  }

  @Test
  void theFilesOfASplitThreadShareOneConversationKey() {
    MetaMessage one = MetaRecorder.thread(CLASSIC + "message_1.json").items.get(0);
    MetaMessage two = MetaRecorder.thread(CLASSIC + "message_2.json").items.get(0);

    assertEquals("facebook:inbox/jurgenweiss_1234567890", one.conversationKey());
    assertEquals(one.conversationKey(), two.conversationKey());
    assertEquals("inbox", two.section());
    assertEquals(MetaPlatform.FACEBOOK, two.platform());
  }

  @Test
  void theOldLayoutWithoutArchiveNameLeavesThePlatformOpen() {
    MetaRecorder<MetaMessage> out = new MetaRecorder<>();
    new MetaMessagesReader()
        .read(
            MetaRecorder.fixture(CLASSIC + "message_2.json"),
            "download.zip!messages/inbox/jurgenweiss_1234567890/message_2.json",
            out);

    assertEquals(MetaPlatform.UNKNOWN, out.items.get(0).platform());
    assertEquals("meta:inbox/jurgenweiss_1234567890", out.items.get(0).conversationKey());
  }

  @Test
  void aGroupKeepsSendersWhoLeftAndMarksMembershipChanges() {
    MetaRecorder<MetaMessage> out =
        MetaRecorder.thread(
            "facebook-erikamustermann-2022/messages/inbox/messeteamkoln_987654321/message_1.json");

    assertTrue(out.items.stream().allMatch(MetaMessage::group));
    MetaMessage tobias = out.items.get(1);
    assertEquals("Tobias Kühn", tobias.sender());
    assertEquals(List.of("Erika Mustermann", "Max Beispiel", "Jana Probst"), tobias.recipients());
    assertEquals(MetaMessageKind.MEMBERSHIP, out.items.get(0).kind());
    assertEquals(MetaMessageKind.MEMBERSHIP, out.items.get(3).kind());
  }

  @Test
  void aThreadMetaMarksAsGroupStaysAGroupWithTwoPeopleLeft() {
    String json =
        "{\"participants\": [{\"name\": \"Erika Mustermann\"}, {\"name\": \"Max Beispiel\"}],"
            + " \"messages\": [{\"sender_name\": \"Max Beispiel\", \"timestamp_ms\": 1700000000000}],"
            + " \"title\": \"Projekt\", \"thread_type\": \"RegularGroup\","
            + " \"thread_path\": \"inbox/projekt_1\"}";
    MetaRecorder<MetaMessage> out = new MetaRecorder<>();
    new MetaMessagesReader()
        .read(
            new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "message_1.json",
            out);

    assertTrue(out.items.get(0).group());
    assertEquals("meta:inbox/projekt_1", out.items.get(0).conversationKey());
    assertEquals(List.of("Erika Mustermann"), out.items.get(0).recipients());
  }

  @Test
  void withoutThreadTypeAThirdSenderWhoLeftStillMakesAGroup() {
    MetaRecorder<MetaMessage> out =
        MetaRecorder.thread(
            "facebook-erikamustermann-2025/your_facebook_activity/messages/inbox/stammtisch_1122334455/message_1.json");

    assertEquals(3, out.items.size());
    assertTrue(out.items.stream().allMatch(MetaMessage::group));
    assertEquals(MetaPlatform.FACEBOOK, out.items.get(0).platform());
    assertEquals("facebook:inbox/stammtisch_1122334455", out.items.get(0).conversationKey());
  }

  @Test
  void the2025LayoutWithoutTypeFieldsTellsCallsByTheirDuration() {
    MetaRecorder<MetaMessage> out =
        MetaRecorder.thread(
            "facebook-erikamustermann-2025/your_facebook_activity/messages/inbox/jurgenweiss_1234567890/message_1.json");

    assertEquals(
        List.of(MetaMessageKind.MESSAGE, MetaMessageKind.CALL, MetaMessageKind.MESSAGE),
        out.items.stream().map(MetaMessage::kind).toList());
    assertEquals("", out.items.get(0).rawType());
    assertFalse(out.items.get(0).group());
    assertEquals("Jürgen Weiß", out.items.get(0).sender());
  }

  @Test
  void the2024LayoutAndTheCutoverSectionAreRead() {
    MetaMessage layout2024 =
        MetaRecorder.thread(
                "facebook-erikamustermann-2024/your_activity_across_facebook/messages/inbox/maxbeispiel_2233445566/message_1.json")
            .items
            .get(0);
    MetaMessage cutover =
        MetaRecorder.thread(
                "facebook-erikamustermann-2025/your_facebook_activity/messages/e2ee_cutover/annalenagross_5555555555/message_1.json")
            .items
            .get(0);

    assertEquals("facebook:inbox/maxbeispiel_2233445566", layout2024.conversationKey());
    assertEquals("e2ee_cutover", cutover.section());
    assertEquals(List.of("Dr. Anna-Lena Groß"), cutover.recipients());
  }

  @Test
  void theEncryptedChatDownloadIsReadWithItsCamelCaseFields() {
    MetaRecorder<MetaMessage> out = MetaRecorder.thread("messenger-e2ee/Juergen Weiss_1.json");

    assertEquals(3, out.items.size());
    MetaMessage first = out.items.get(0);
    assertEquals("Erika Mustermann", first.sender());
    assertEquals(List.of("Jürgen Weiß"), first.recipients());
    assertEquals(Instant.parse("2025-03-07T08:00:00Z"), first.sentAt());
    assertEquals("secure_storage", first.section());
    assertEquals(MetaPlatform.FACEBOOK, first.platform());
    assertEquals("facebook:secure_storage/Juergen Weiss_1", first.conversationKey());
    assertEquals(MetaMessageKind.MESSAGE, out.items.get(1).kind());
    assertEquals(MetaMessageKind.UNSENT, out.items.get(2).kind());
    assertTrue(MetaRecorder.thread("messenger-e2ee/Messeteam Koeln_2.json").items.get(0).group());
  }

  @Test
  void instagramThreadsAreInstagramAndDeletedAccountsAreRecognisable() {
    MetaMessage max =
        MetaRecorder.thread(
                "instagram-erika.mustermann-2025/your_instagram_activity/messages/inbox/maxbeispiel_17841400000000000/message_1.json")
            .items
            .get(0);
    MetaMessage deleted =
        MetaRecorder.thread(
                "instagram-erika.mustermann-2025/your_instagram_activity/messages/inbox/instagramuser_17841411111111111/message_1.json")
            .items
            .get(0);

    assertEquals(MetaPlatform.INSTAGRAM, max.platform());
    assertEquals("instagram:inbox/maxbeispiel_17841400000000000", max.conversationKey());
    assertTrue(MetaNames.deletedAccount(deleted.sender()));
    assertFalse(MetaNames.deletedAccount(max.sender()));
  }

  @Test
  void messagesBeforeParticipantsAndUnknownFieldsAreRead() {
    MetaRecorder<MetaMessage> out = MetaRecorder.thread("broken/field-order/message_1.json");

    assertEquals(2, out.items.size());
    assertEquals(List.of("Erika Mustermann"), out.items.get(0).recipients());
    assertEquals("meta:inbox/janaprobst_777", out.items.get(0).conversationKey());
    assertEquals(List.of(), out.problems);
  }

  @Test
  void aFileCutOffKeepsTheMessagesBeforeTheCutAndNamesIt() {
    MetaRecorder<MetaMessage> out = new MetaRecorder<>();
    MetaReadSummary summary =
        new MetaMessagesReader()
            .read(
                MetaRecorder.fixture("broken/truncated/message_1.json"),
                "broken/truncated/message_1.json",
                out);

    assertEquals(3, out.items.size());
    Problem cut = out.problem("meta-broken-json");
    assertTrue(
        English.text(cut.message()).startsWith("the file ends in the middle"),
        English.text(cut.message()));
    assertEquals(Severity.ERROR, cut.severity());
    assertTrue(cut.source().line() > 30, cut.toString());
    assertEquals(summary.messages(), summary.used() + summary.skipped());
  }

  @Test
  void wrongTypesCostOnlyTheirMessage() {
    MetaRecorder<MetaMessage> out = new MetaRecorder<>();
    MetaReadSummary summary =
        new MetaMessagesReader()
            .read(
                MetaRecorder.fixture("broken/wrong-types/message_1.json"),
                "wrong/message_1.json",
                out);

    assertEquals(
        List.of("Max Beispiel 2024-01-03T12:00:00Z", "Erika Mustermann 2024-01-03T12:00:00Z"),
        out.items.stream().map(m -> m.sender() + " " + m.sentAt()).toList());
    assertEquals(
        List.of(
            "meta-wrong-type",
            "meta-bad-timestamp",
            "meta-no-sender",
            "meta-wrong-type",
            "meta-seconds",
            "meta-bad-timestamp",
            "meta-bad-timestamp"),
        out.codes());
    assertTrue(English.text(out.problems.get(1).message()).contains("not a number"));
    assertTrue(English.text(out.problems.get(6).message()).contains("no time"));
    assertEquals(new MetaReadSummary("wrong/message_1.json", 7, 2, 5, 7), summary);
  }

  @Test
  void invalidJsonInTheMiddleKeepsWhatCameBefore() {
    MetaRecorder<MetaMessage> out = MetaRecorder.thread("broken/not-json/message_1.json");

    assertEquals(2, out.items.size());
    Problem broken = out.problem("meta-broken-json");
    assertTrue(
        English.text(broken.message()).startsWith("not valid JSON at line 5"),
        English.text(broken.message()));
  }

  @Test
  void emptyAndNonObjectFilesAreNamedNotThrown() {
    MetaRecorder<MetaMessage> empty = MetaRecorder.thread("broken/empty/message_1.json");
    MetaRecorder<MetaMessage> array = MetaRecorder.thread("broken/array/message_1.json");

    assertTrue(English.text(empty.problem("meta-not-a-thread").message()).contains("empty"));
    assertTrue(
        English.text(array.problem("meta-not-a-thread").message()).contains("not a JSON object"));
    assertEquals(List.of(), array.items);
  }

  @Test
  void aFileWithoutMessagesListIsNoted() {
    MetaRecorder<MetaMessage> out =
        MetaRecorder.thread(
            "facebook-erikamustermann-2025/your_facebook_activity/messages/autofill_information.json");

    assertEquals(List.of("meta-no-messages"), out.codes());
  }
}
