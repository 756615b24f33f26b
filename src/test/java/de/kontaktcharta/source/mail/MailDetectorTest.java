package de.kontaktcharta.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailDetectorTest {

  private static Optional<MailFormat> detectFixture(String path) throws IOException {
    try (InputStream in = MailRecorder.fixture(path)) {
      byte[] head = in.readNBytes(MailDetector.HEAD_BYTES);
      return MailDetector.detect(head, head.length);
    }
  }

  private static Optional<MailFormat> detect(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return MailDetector.detect(bytes, bytes.length);
  }

  @ParameterizedTest
  @CsvSource({
    "takeout/Takeout/Mail/Alle E-Mails einschließlich Spam-Nachrichten und E.mbox, MBOX",
    "thunderbird/Local Folders/Inbox, MBOX",
    "thunderbird/Local Folders/Inbox.msf, MORK_INDEX",
    "apple/Erika.mbox/mbox, MBOX",
    "apple/Messages/4711.emlx, EMLX",
    "eml/Angebot.eml, EML",
    "eml/ohne-datum.eml, EML",
    "eml/unzustellbar.eml, EML",
  })
  void recognisesEveryMailFixtureByContent(String path, MailFormat expected) throws IOException {
    assertEquals(Optional.of(expected), detectFixture(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eml/kaputt.eml",
      })
  void textWithAColonIsNoMail(String path) throws IOException {
    assertEquals(Optional.empty(), detectFixture(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Erika Mustermann\nEND:VCARD\n",
        "First Name,Last Name,Email Address\nErika,Mustermann,e@example.org\n",
        "05.12.25, 14:03 - Erika Mustermann: Passt Donnerstag?\n",
        "From the desk of Erika\nDear Max,\n",
        "Subject: only one known field\nX-Foo: bar\n\nbody",
        "From: a@example.org\nno header line here\nDate: Mon, 10 Jul 2017 14:06:16 +0000\n",
        " folded first line\nFrom: a@example.org\nDate: x\n",
        "12345\nnot a message\n",
      })
  void otherTextIsNoMail(String text) {
    assertEquals(Optional.empty(), detect(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "From: a@example.org\\nDate: Mon, 10 Jul 2017 14:06:16 +0000\\n\\nbody | EML",
        "\uFEFFFrom: a@example.org\\r\\nSubject: x\\r\\nDate: x\\r\\n | EML",
        "Received: from x\\n\\tby y; Mon, 10 Jul 2017\\nFrom: a@example.org\\nSubject: x | EML",
        "From - Mon Jul 10 14:06:16 2017\\r\\nX-Mozilla-Status: 0001\\r\\n | MBOX",
        "From 1572544789079124110@xxx Mon Jul 10 14:06:16 +0000 2017\\nX-GM-THRID: 1\\n | MBOX",
        "     1234\\nFrom: a@example.org\\nDate: x\\n\\nbody | EMLX",
      })
  void recognisesHeadsByTheirFirstLines(String escaped, MailFormat expected) {
    String text = escaped.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
    assertEquals(Optional.of(expected), detect(text));
  }
}
