package de.kontaktcharta.source.xingexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.testing.English;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XingExportDetectorTest {

  private static Optional<XingDetection> detect(String fixture, String name) {
    byte[] all = Recorder.bytes(fixture);
    byte[] head = Arrays.copyOf(all, Math.min(all.length, XingExportDetector.HEAD_BYTES));
    return XingExportDetector.detect(name, head, head.length);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "export/data/network-inquiry/files/8277e0910d750195b448797616e091ad.csv, CONTACTS",
    "export/data/network-inquiry/files/e4da3b7fbbce2345d7772b0674a318d5.csv, NOTES",
    "export/data/messages-backend/files/5d41402abc4b2a76b9719d911017c592.csv, MESSAGES",
    "variants/contacts-excel-semicolon-cp1252.csv, CONTACTS",
    "variants/contacts-bom-crlf.csv, CONTACTS",
    "variants/messages-utf16le-tabs.txt, MESSAGES",
    "variants/messages-broken.csv, MESSAGES",
    "export/index.html, HTML_VIEW",
    "export/data/messages-backend/index.html, HTML_VIEW",
    "variants/data/network-inquiry/files/0cc175b9c0f1b6a831c399e269772661.csv, UNKNOWN",
    "variants/data/messages-backend/files/d41d8cd98f00b204e9800998ecf8427e.csv, UNKNOWN",
  })
  void theExportsFilesAreRecognisedByContent(String fixture, XingFileKind kind) {
    XingDetection detection = detect(fixture, "Datenauskunft.zip!" + fixture).orElseThrow();

    assertEquals(kind, detection.kind(), String.valueOf(detection.reason()));
    assertEquals(
        kind != XingFileKind.HTML_VIEW && kind != XingFileKind.UNKNOWN, detection.readable());
  }

  @Test
  void theHashedFileNamesDoNotMatterOnlyTheContent() {
    assertEquals(
        XingFileKind.CONTACTS,
        detect("export/data/network-inquiry/files/8277e0910d750195b448797616e091ad.csv", "x.csv")
            .orElseThrow()
            .kind());
  }

  @Test
  void aFileOutsideTheExportThatIsNotXingIsLeftToOtherDetectors() {
    byte[] linkedIn =
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] someHtml =
        "<!DOCTYPE html><html><body>LinkedIn</body></html>".getBytes(StandardCharsets.UTF_8);

    assertFalse(
        XingExportDetector.detect("Connections.csv", linkedIn, linkedIn.length).isPresent());
    assertFalse(XingExportDetector.detect("page.html", someHtml, someHtml.length).isPresent());
    assertFalse(XingExportDetector.detect("empty.csv", new byte[0], 0).isPresent());
  }

  @Test
  void anUnknownFileInTheExportIsNamedWithTheReason() {
    XingDetection unknown =
        detect(
                "variants/data/network-inquiry/files/0cc175b9c0f1b6a831c399e269772661.csv",
                "data/network-inquiry/files/0cc175b9c0f1b6a831c399e269772661.csv")
            .orElseThrow();

    assertTrue(English.text(unknown.reason()).contains("not read"), English.text(unknown.reason()));
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    assertEquals(
        XingFileKind.UNKNOWN,
        XingExportDetector.detect("x\\data\\messages-backend\\logo.png", image, image.length)
            .orElseThrow()
            .kind());
  }

  @Test
  void aHeadThatEndsInsideTheFirstLongMessageStillShowsTheMessagesFile() {
    String head =
        "\"Angebot\",\"2024-03-05 09:12:44 UTC\",\"Erika Mustermann,Max Beispiel\",\"\",\"\",\"\"\n"
            + "\"\",\"\",\"\",\"Erika Mustermann\",\"2024-03-05 09:12:44 UTC\",\"Hallo Max, hier ein sehr";
    byte[] bytes = head.getBytes(StandardCharsets.UTF_8);

    assertEquals(
        XingFileKind.MESSAGES,
        XingExportDetector.detect("m.csv", bytes, bytes.length).orElseThrow().kind());
  }

  @Test
  void exportFoldersAreRecognisedInPathsAndArchiveEntries() {
    assertTrue(XingExportDetector.inExportFolder("data/messages-backend/files/a.csv"));
    assertTrue(XingExportDetector.inExportFolder("Export.zip!DATA/Network-Inquiry/files/a.csv"));
    assertFalse(XingExportDetector.inExportFolder("messages/inbox/a.json"));
  }
}
