package de.kontaktcharta.source.ldif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 2849 as producers write it: folding, base64, comments, line ends, change records. */
class LdifReaderTest {

  private static List<LdifRecord> all(LdifReader reader) throws IOException {
    List<LdifRecord> records = new ArrayList<>();
    for (Optional<LdifRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
      records.add(r.get());
    }
    return records;
  }

  @Test
  void foldedLinesAreJoinedWithoutTheLeadingSpace() throws IOException {
    LdifReader reader = LdifFixtures.reader("dn: cn=A B\ndescription: eins zw\n ei drei\n vier\n");
    LdifRecord r = reader.next().orElseThrow();
    assertEquals("eins zwei dreivier", r.first("description"));
    assertTrue(reader.problems().isEmpty());
  }

  @Test
  void base64ValuesAreDecodedAsUtf8AndTheDnToo() throws IOException {
    // "cn=Jörg Maaß" and "Maaß", as Thunderbird writes every value with a letter beyond ASCII
    LdifReader reader = LdifFixtures.reader("dn:: Y249SsO2cmcgTWFhw58=\nsn:: TWFhw58=\ncn: J\n");
    LdifRecord r = reader.next().orElseThrow();
    assertEquals("cn=Jörg Maaß", r.dn());
    assertEquals("Maaß", r.first("sn"));
  }

  @Test
  void commentsAndFoldedCommentsAreSkipped() throws IOException {
    LdifReader reader =
        LdifFixtures.reader("# a comment\n#  that goes on\n  and on\ndn: cn=X\n# inside\ncn: X\n");
    LdifRecord r = reader.next().orElseThrow();
    assertEquals("cn=X", r.dn());
    assertEquals(List.of("X"), r.all("cn"));
    assertTrue(reader.problems().isEmpty(), reader.problems().toString());
  }

  @Test
  void crlfAndLfGiveTheSameRecords() throws IOException {
    String lf = "dn: cn=A\ncn: A\nmail: a@example.de\n\ndn: cn=B\ncn: B\n";
    List<LdifRecord> fromLf = all(LdifFixtures.reader(lf));
    List<LdifRecord> fromCrlf = all(LdifFixtures.reader(lf.replace("\n", "\r\n")));
    assertEquals(fromLf, fromCrlf);
    assertEquals(2, fromLf.size());
  }

  @Test
  void attributeNamesIgnoreCaseAndOptions() throws IOException {
    LdifRecord r =
        LdifFixtures.reader(
                "dn: cn=A\nobjectClass: inetOrgPerson\nMAIL: a@x.de\nmail;lang-de: b@x.de\n")
            .next()
            .orElseThrow();
    assertEquals(List.of("a@x.de", "b@x.de"), r.all("mail"));
    assertEquals(List.of("inetorgperson"), r.objectClasses());
  }

  @Test
  void versionLineAndRecordLinesAreCounted() throws IOException {
    List<LdifRecord> records =
        all(LdifFixtures.reader("version: 1\n\n\ndn: cn=A\ncn: A\n\n\n\ndn: cn=B\ncn: B\n"));
    assertEquals(2, records.size());
    assertEquals(4, records.get(0).line());
    assertEquals(9, records.get(1).line());
    assertFalse(records.get(0).attributes().containsKey("version"));
  }

  @Test
  void byteOrderMarkBeforeTheFirstLineIsIgnored() throws IOException {
    LdifRecord r = LdifFixtures.reader("\uFEFFdn: cn=A\ncn: A\n").next().orElseThrow();
    assertEquals("cn=A", r.dn());
  }

  @Test
  void modifyRecordsKeepTheirValuesWithoutTheOperationLines() throws IOException {
    List<LdifRecord> records = all(LdifReader.utf8(input("ldapmodify-change-records.ldif")));
    assertEquals(3, records.size());
    LdifRecord add = records.get(0);
    assertEquals("add", add.changeType());
    assertEquals("k.albers@beispiel.de", add.first("mail"));
    LdifRecord modify = records.get(1);
    assertEquals("modify", modify.changeType());
    assertEquals(List.of("t.brandt@beispiel.de"), modify.all("mail"));
    assertEquals(List.of("Vertriebsleiter"), modify.all("title"));
    assertFalse(modify.attributes().containsKey("replace"));
    assertEquals("delete", records.get(2).changeType());
  }

  @Test
  void damagedLinesAreNamedWithTheirLineAndTheRestIsKept() throws IOException {
    LdifReader reader = LdifReader.utf8(input("damaged.ldif"));
    List<LdifRecord> records = all(reader);
    assertEquals(3, records.size());
    LdifRecord lena = records.get(0);
    assertEquals("Lena Vogt", lena.first("cn"));
    assertEquals("lena.vogt@example.de", lena.first("mail"));
    assertEquals("", lena.first("o"), "the broken base64 value is left out, not guessed");
    List<String> problems = reader.problems().stream().map(LdifProblem::toString).toList();
    assertEquals(6, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).startsWith("line 10: problem.ldif-line.bad-base64 [o, "), problems.get(0));
    assertTrue(problems.get(1).startsWith("line 11: problem.ldif-line.no-colon"), problems.get(1));
    assertTrue(
        problems.get(2).startsWith("line 12: problem.ldif-line.reference [jpegphoto, "),
        problems.get(2));
    assertTrue(
        problems.get(3).startsWith("line 14: problem.ldif-line.continuation"), problems.get(3));
    assertTrue(
        problems.get(4).startsWith("line 15: problem.ldif-line.not-utf8 [dn]"), problems.get(4));
    assertTrue(
        problems.get(5).startsWith("line 17: problem.ldif-line.not-utf8 [cn]"), problems.get(5));
    assertEquals("paul@example.de", records.get(1).first("mail"));
  }

  @Test
  void base64WithoutUtf8InsideIsReadAsLatin1AndNamed() throws IOException {
    // "Krüger" in ISO-8859-1, base64-encoded by an old tool
    LdifReader reader = LdifFixtures.reader("dn: cn=K\nsn:: S3L8Z2Vy\n");
    assertEquals("Krüger", reader.next().orElseThrow().first("sn"));
    assertEquals(1, reader.problems().size());
    assertEquals(2, reader.problems().get(0).line());
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertTrue(LdifFixtures.reader("").next().isEmpty());
    assertTrue(LdifFixtures.reader("\n\n# only a comment\n").next().isEmpty());
  }

  private static java.io.InputStream input(String name) {
    return new java.io.ByteArrayInputStream(LdifFixtures.bytes(name));
  }
}
