package de.kontaktcharta.source.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.English;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XDirectMessagesTest {

  private static final String OWNER = "3333333333";
  private static final String ERIKA = "222222222";

  @Test
  void directionComesFromTheSenderNotFromTheOrderInsideTheConversationId() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("archive-2023/data/direct-messages.js");

    XDirectMessage newest = r.messages.get(0);
    assertEquals("222222222-3333333333", newest.conversationId(), "owner's id comes second");
    assertTrue(newest.sentBy(OWNER));
    assertEquals(List.of(ERIKA), newest.recipientIds());
    XDirectMessage reply = r.messages.get(1);
    assertTrue(reply.sentBy(ERIKA));
    assertTrue(reply.receivedBy(OWNER));
    assertEquals(List.of(ERIKA), reply.others(OWNER));
    assertEquals(List.of(ERIKA), newest.others(OWNER), "the same person, either way");
    assertFalse(reply.group());
    assertEquals(
        new XFileSummary(
            "archive-2023/data/direct-messages.js", XFileKind.DIRECT_MESSAGES, 3, 5, 0, true),
        summary);
    assertEquals(List.of(), r.problems);
  }

  @Test
  void aConversationSplitOverSeveralEntriesMergesByItsId() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/direct-messages.js");
    Map<String, List<String>> byConversation =
        r.messages.stream()
            .collect(
                Collectors.groupingBy(
                    XDirectMessage::conversationId,
                    Collectors.mapping(XDirectMessage::messageId, Collectors.toList())));
    assertEquals(4, byConversation.get("222222222-3333333333").size());
    assertEquals(List.of("1581000000000000005"), byConversation.get("44444444-3333333333"));
  }

  @Test
  void timesAreExactInstantsWithOrWithoutMillisecondsAndLinesPointAtTheMessage()
      throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2023/data/direct-messages.js");
    assertEquals(Instant.parse("2023-06-02T09:10:05.772Z"), r.messages.get(0).sentAt());
    assertEquals(Instant.parse("2022-10-14T17:30:00Z"), r.messages.get(2).sentAt());
    assertEquals(7, r.messages.get(0).source().line(), "the messageCreate object");
    assertEquals("archive-2023/data/direct-messages.js", r.messages.get(0).source().file());
  }

  @Test
  void groupMessagesNameTheMembersAtTheirTime() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("archive-2023/data/direct-messages-group.js");
    assertEquals(3, summary.used());
    assertTrue(r.messages.stream().allMatch(XDirectMessage::group));
    assertTrue(r.messages.stream().allMatch(m -> m.conversationId().equals("1650000000000000100")));

    XDirectMessage first = byId(r, "1650000000000000110");
    assertEquals(ERIKA, first.senderId());
    assertEquals(List.of(OWNER, "44444444"), first.recipientIds(), "the snapshot, sender aside");
    XDirectMessage afterJoin = byId(r, "1650000000000000130");
    assertEquals(List.of(ERIKA, OWNER, "44444444"), afterJoin.recipientIds());
    XDirectMessage afterLeave = byId(r, "1650000000000000140");
    assertEquals(List.of(ERIKA, "555555555"), afterLeave.recipientIds());
    assertEquals(List.of(ERIKA, "555555555"), afterLeave.others(OWNER));
    assertEquals(Instant.parse("2023-04-20T10:00:00Z"), afterLeave.sentAt());
  }

  @Test
  void aGroupTooLongToHoldIsPassedOnInPiecesWithOneNote() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary =
        r.read(
            new XArchiveReader(new GroupMembers.Limit(2)),
            "archive-2023/data/direct-messages-group.js");
    assertEquals(3, summary.used());
    assertEquals(List.of("x-long-group"), r.codes());
    assertEquals(3, r.messages.stream().map(XDirectMessage::messageId).distinct().count());
    assertTrue(r.messages.stream().allMatch(m -> !m.recipientIds().contains(m.senderId())));
  }

  @Test
  void theHeadersFileListsTheSameMessagesAndIsReadOnlyWithoutTheFullFile() throws IOException {
    XRecorder full = new XRecorder();
    full.read("archive-2023/data/direct-messages.js");
    XRecorder headers = new XRecorder();
    headers.read("archive-2023/data/direct-message-headers.js");
    assertEquals(ids(full), ids(headers));
    assertEquals(full.messages.get(1).senderId(), headers.messages.get(1).senderId());

    assertFalse(
        XArchiveCheck.worthReading(
            XFileKind.DIRECT_MESSAGE_HEADERS,
            List.of(XFileKind.DIRECT_MESSAGES, XFileKind.DIRECT_MESSAGE_HEADERS)));
    assertTrue(
        XArchiveCheck.worthReading(
            XFileKind.DIRECT_MESSAGE_HEADERS, List.of(XFileKind.DIRECT_MESSAGE_HEADERS)));
    assertFalse(
        XArchiveCheck.worthReading(
            XFileKind.GROUP_DIRECT_MESSAGE_HEADERS,
            List.of(XFileKind.GROUP_DIRECT_MESSAGES, XFileKind.GROUP_DIRECT_MESSAGE_HEADERS)));
    assertTrue(XArchiveCheck.worthReading(XFileKind.TWEETS, List.of()));
    assertFalse(XArchiveCheck.worthReading(XFileKind.NOT_USED, List.of()));
  }

  @Test
  void theOldFileNamesOf2020AreReadTheSameWay() throws IOException {
    XRecorder r = new XRecorder();
    r.read("archive-2020/direct-message.js");
    assertEquals(1, r.messages.size());
    assertTrue(r.messages.get(0).sentBy(ERIKA));
    assertEquals(Instant.parse("2020-01-01T00:05:00Z"), r.messages.get(0).sentAt());
  }

  @Test
  void anEmptyMessagesFileSaysThereAreNoDirectMessages() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("bad/direct-messages-empty.js");
    assertEquals(0, summary.entries());
    assertTrue(summary.complete());
    assertEquals(List.of("x-no-direct-messages"), r.codes());
    assertEquals(Severity.INFO, r.problems.get(0).severity());

    XRecorder group = new XRecorder();
    group.read("archive-2020/direct-message-group.js");
    assertTrue(English.text(group.problems.get(0).message()).contains("no group direct messages"));
  }

  @Test
  void aTruncatedFileKeepsWhatCameBeforeAndNamesTheLineWhereItBreaks() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("bad/direct-messages-truncated.js");
    assertEquals(1, r.messages.size());
    assertFalse(summary.complete());
    Problem damaged = r.problems.get(0);
    assertEquals("x-damaged-file", damaged.code());
    assertEquals(Severity.ERROR, damaged.severity());
    assertTrue(damaged.source().line() >= 23, damaged.toString());
  }

  @Test
  void wrongTypesAndUnknownFieldsGiveProblemsNotExceptions() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary = r.read("bad/direct-messages-wrong-types.js");
    assertEquals(
        List.of("x-unexpected-content", "x-bad-message", "x-bad-message", "x-bad-message"),
        r.codes());
    assertTrue(English.text(r.problems.get(1).message()).contains("senderId"));
    assertTrue(English.text(r.problems.get(2).message()).contains("\"gestern\""));
    assertTrue(English.text(r.problems.get(3).message()).contains("recipientId"));
    assertTrue(r.problems.stream().allMatch(Problem::rowSkipped));
    assertEquals(4, summary.skipped());
    assertEquals(1, r.messages.size(), "numbers instead of strings are still ids");
    assertEquals(OWNER, r.messages.get(0).senderId());
    assertEquals("1664553100000000013", r.messages.get(0).messageId());
    assertEquals(2, summary.entries());
  }

  @Test
  void aMessageWithoutConversationIdGetsXsOwnPairKey() throws IOException {
    XRecorder r = new XRecorder();
    r.readText(
        "window.YTD.direct_messages.part0 = [ {\"dmConversation\": {\"messages\": ["
            + "{\"messageCreate\": {\"senderId\": \"3333333333\", \"recipientId\": \"44444444\","
            + " \"id\": \"1\", \"createdAt\": \"2021-01-01T00:00:00Z\"}}]}} ]",
        "dm.js");
    assertEquals("44444444-3333333333", r.messages.get(0).conversationId());
  }

  @Test
  void entriesOfAnUnknownKindAreNamedOncePerFile() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary =
        r.readText(
            "window.YTD.direct_messages.part0 = [ {\"dmConversation\": {\"conversationId\":"
                + " \"1-2\", \"messages\": [ {\"messageEdit\": {\"id\": \"9\"}},"
                + " {\"messageEdit\": {\"id\": \"8\"}}, {\"reactionCreate\": {}},"
                + " {\"messageCreate\": {\"senderId\": \"1\", \"recipientId\": \"2\","
                + " \"id\": \"7\", \"createdAt\": \"2021-01-01T00:00:00Z\"}} ]}} ]",
            "dm.js");
    assertEquals(List.of("x-unknown-entry"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).contains("\"messageEdit\""));
    assertEquals(1, summary.used());
  }

  @Test
  void anEmptyOrForeignFileIsAProblemOfTheWholeFile() throws IOException {
    XRecorder r = new XRecorder();
    XFileType dms = new XFileType(XFileKind.DIRECT_MESSAGES, "YTD.direct_messages.part0", 0);
    XFileSummary empty =
        new XArchiveReader().read(dms, new ByteArrayInputStream(new byte[0]), "dm.js", r);
    assertFalse(empty.complete());
    XFileSummary foreign =
        new XArchiveReader()
            .read(
                dms,
                new ByteArrayInputStream(XRecorder.bytes("bad/not-an-archive.js")),
                "other.js",
                r);
    assertFalse(foreign.complete());
    assertEquals(List.of("x-not-archive-file", "x-not-archive-file"), r.codes());
    assertTrue(English.text(r.problems.get(0).message()).startsWith("the file is empty"));
    assertEquals(0, r.problems.get(1).source().line());
  }

  @Test
  void anObjectWhereTheListBelongsIsNotRead() throws IOException {
    XRecorder r = new XRecorder();
    XFileSummary summary =
        r.readText("window.YTD.direct_messages.part0 = {\"dmConversation\": {}}", "dm.js");
    assertEquals(List.of("x-unexpected-content"), r.codes().subList(0, 1));
    assertEquals(0, summary.entries());
    assertFalse(summary.complete());
  }

  private static XDirectMessage byId(XRecorder r, String id) {
    return r.messages.stream().filter(m -> m.messageId().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> ids(XRecorder r) {
    return r.messages.stream().map(XDirectMessage::messageId).toList();
  }
}
