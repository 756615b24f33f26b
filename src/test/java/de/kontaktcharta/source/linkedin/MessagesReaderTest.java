package de.kontaktcharta.source.linkedin;

import static de.kontaktcharta.testing.Inputs.assertCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.testing.Inputs;
import de.kontaktcharta.testing.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code messages.csv} in every header version (docs/formats/linkedin.md). */
class MessagesReaderTest {

  @TempDir Path dir;

  @Test
  void messages2018WithUsDatesAndDirection() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/messages/2018-Messages.csv"));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertCounts(r, 2, 2, 0);
    List<MessageFact> messages = r.sink().facts(MessageFact.class);
    MessageFact in = messages.get(0);
    assertEquals("Paula Richter", in.sender().displayName());
    assertEquals("Olivia Owner", in.recipients().get(0).displayName());
    assertEquals(LocalDate.of(2018, 3, 14), in.date());
    assertEquals("Treffen Hallo Olivia, wie besprochen: Termin am Freitag?", in.text());
    assertEquals(LocalDate.of(2018, 3, 14), messages.get(1).date(), "10:15 PM stays that day");
  }

  @Test
  void messages2022NineColumnsWithoutRecipientUrls() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/messages/2022-9-columns.csv"));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertCounts(r, 2, 2, 0);
    MessageFact first = r.sink().facts(MessageFact.class).get(0);
    assertEquals(List.of("https://www.linkedin.com/in/quentin-roth"), first.sender().profileUrls());
    assertEquals(List.of(PersonRef.named("Olivia Owner")), first.recipients());
    assertEquals(LocalDate.of(2022, 9, 8), first.date());
    assertEquals("Danke für das Gespräch & bis bald", first.text(), "entity decoded");
  }

  @Test
  void messages2023TenColumns() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/messages/2023-10-columns.csv"));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertCounts(r, 1, 1, 0);
    MessageFact message = r.sink().facts(MessageFact.class).get(0);
    assertEquals(
        Keys.forProfile("https://www.linkedin.com/in/rosa-lindner-ü"),
        Keys.forProfile(message.sender().profileUrl().orElseThrow()));
    assertEquals(
        List.of("https://www.linkedin.com/in/olivia-owner"),
        message.recipients().get(0).profileUrls());
    assertEquals(LocalDate.of(2023, 7, 10), message.date());
  }

  @Test
  void messages2024TwelveColumnsWithDraftsGroupAndHtml() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/messages/2024-12-columns-drafts.csv"));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(3), r.sink().skippedLines());
    assertEquals("draft", r.sink().skippedRows().get(0).code());
    assertEquals(Severity.INFO, r.sink().skippedRows().get(0).severity());

    List<MessageFact> messages = r.sink().facts(MessageFact.class);
    MessageFact group = messages.get(0);
    assertEquals(2, group.recipients().size());
    assertEquals(
        PersonRef.named("Anna Berg", "https://www.linkedin.com/in/anna-berg"),
        group.recipients().get(0));
    assertEquals(
        PersonRef.named("Ben Kurz", "https://www.linkedin.com/in/ben-kurz"),
        group.recipients().get(1));

    MessageFact sponsored = messages.get(1);
    assertEquals(4, sponsored.source().line());
    assertEquals(PersonRef.named("Carl Company"), sponsored.sender(), "empty SENDER PROFILE URL");
    assertEquals("Angebot Sehr geehrte Frau Owner, Jetzt testen & sparen", sponsored.text());
  }

  @Test
  void messages2026TwelveColumnsWithAttachments() throws IOException {
    ReadResult r = Inputs.read(Inputs.fixture("linkedin/messages/2026-12-columns-attachments.csv"));
    assertEquals(LinkedInKinds.MESSAGES, r.kind());
    assertCounts(r, 2, 1, 1);
    assertEquals(List.of(3), r.sink().skippedLines());
    MessageFact message = r.sink().facts(MessageFact.class).get(0);
    assertEquals("Anbei die Folien", message.text(), "the attachment URL is no text");
    assertEquals(LocalDate.of(2026, 2, 10), message.date());
  }

  @Test
  void groupNamesWithCommasKeepTheUrlsButNotTheNames() throws IOException {
    String text =
        """
        CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
        2-X==,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"Berg, Anna, Dr.,Kurz, Ben","https://www.linkedin.com/in/anna-berg, https://www.linkedin.com/in/ben-kurz",2024-01-01 10:00:00 UTC,,Hallo,INBOX
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "messages.csv", text));
    assertCounts(r, 1, 1, 0);
    List<PersonRef> recipients = r.sink().facts(MessageFact.class).get(0).recipients();
    assertEquals(
        List.of(
            PersonRef.named("", "https://www.linkedin.com/in/anna-berg"),
            PersonRef.named("", "https://www.linkedin.com/in/ben-kurz")),
        recipients);
  }

  @Test
  void rowWithoutSenderAndRecipientsIsSkippedAndBadDatesAreNoted() throws IOException {
    String text =
        """
        CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
        2-X==,,,,,,2024-01-01 10:00:00 UTC,,Hallo,INBOX
        2-X==,,Zora Alt,,Olivia Owner,,2024-01-02 10:00:00 UTC,,Hallo zurück,INBOX
        2-X==,,Zora Alt,,Olivia Owner,,vorgestern,,Noch mal,INBOX
        """;
    ReadResult r = Inputs.read(Inputs.write(dir, "messages.csv", text));
    assertCounts(r, 3, 2, 1);
    assertEquals(List.of(2), r.sink().skippedLines());
    assertEquals("missing-person", r.sink().skippedRows().get(0).code());
    assertTrue(r.sink().facts(MessageFact.class).get(0).sender().profileUrls().isEmpty());
    assertEquals(null, r.sink().facts(MessageFact.class).get(1).date(), "kept without date");
    assertEquals(4, r.sink().problems("bad-date").get(0).source().line());
  }

  @Test
  void conversationsWithLinkedInsAssistantsAreFilesWithoutContactEvidence() {
    for (String name :
        List.of("coach_messages.csv", "learning_coach_messages.csv", "guide_messages.csv")) {
      assertEquals(
          java.util.Optional.of(LinkedInKinds.OTHER), LinkedInKinds.assistantNotPerson(name), name);
    }
    for (String name : List.of("messages.csv", "messages (1).csv", "Nachrichten.csv")) {
      assertEquals(java.util.Optional.empty(), LinkedInKinds.assistantNotPerson(name), name);
    }
  }
}
