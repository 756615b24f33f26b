package de.kontaktcharta.corpus;

import static de.kontaktcharta.corpus.CorpusCase.run;
import static de.kontaktcharta.corpus.CorpusCase.textInput;
import static de.kontaktcharta.corpus.Workspace.arg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * vCards, LDIF address books and calendars cut off, oversized or with values their format does not
 * allow.
 */
final class CardAndCalendarCases {

  private CardAndCalendarCases() {}

  static List<CorpusCase> all() {
    return List.of(
        run(
            "vcard-with-broken-quoted-printable-lines",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "xing.vcf",
                            ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                    // a soft break at the end of the last line runs into FN
                                    + "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller;J=C3=BCrgen=\r\n"
                                    + "FN:J\u00fcrgen M\u00fcller\r\n"
                                    // a bad escape, and a soft break that would swallow END:VCARD
                                    + "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:B=E4ckerei=ZZ Gro=DF=\r\n"
                                    + "END:VCARD\r\n"
                                    // continued properly over two lines, lower-case hex
                                    + "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                    + "N;QUOTED-PRINTABLE:Gr=c3=b6=\r\n"
                                    + "ner;Zo=C3=AB\r\n"
                                    + "END:VCARD\r\n")
                                .getBytes(StandardCharsets.UTF_8)))),
            Expected.exit(0)
                .rows("xing.vcf", 2, 2, 0)
                .problem("xing.vcf:3", "vcard-quoted-printable")
                .problem("xing.vcf:5", "vcard-quoted-printable")
                .check(
                    o -> {
                      assertEquals(
                          java.util.Set.of("Jürgen Müller", "Zoë Gröner"),
                          java.util.Set.copyOf(EncodingCases.names(o)));
                      assertTrue(
                          o.contacts().stream()
                              .anyMatch(c -> c.get("Company").equals("Bäckerei=ZZ Groß")),
                          () -> o.contacts().toString());
                    })
                .readAlone()),
        run(
            "vcard-without-end",
            textInput(
                "kontakte.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna\r\nORG:ACME\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Ben\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dorn;Carl\r\n"),
            Expected.exit(0)
                .rows("kontakte.vcf", 3, 3, 0)
                .problem("kontakte.vcf:1", "vcard-unterminated")
                .problem("kontakte.vcf:9", "vcard-unterminated")),
        run(
            "vcard-larger-than-4-mb",
            textInput(
                "kontakte.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna\r\nNOTE:"
                    + (" " + "x".repeat(74) + "\r\n").repeat(70_000)
                    + "END:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Ben\r\nEND:VCARD\r\n"),
            Expected.exit(0)
                .rows("kontakte.vcf", 2, 1, 1)
                .problem("kontakte.vcf:1", "vcard-too-large")),
        run(
            "vcard-with-a-5-mb-line",
            textInput(
                "kontakte.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Anna\r\nNOTE:"
                    + "x".repeat(5_000_000)
                    + "\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Ben\r\nEND:VCARD\r\n"),
            Expected.exit(0)
                .rows("kontakte.vcf", 2, 1, 1)
                .problem("kontakte.vcf:1", "vcard-too-large")),
        run(
            "calendar-with-a-5-mb-line",
            textInput(
                "termine.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + "BEGIN:VEVENT\r\nDTSTART:20240301T100000Z\r\nDESCRIPTION:"
                    + "x".repeat(5_000_000)
                    + "\r\nATTENDEE;CN=Anna Berg:mailto:anna@berg.de\r\nEND:VEVENT\r\n"
                    + event("20240302T100000Z", "Ben Kurz")
                    + "END:VCALENDAR\r\n"),
            Expected.exit(0)
                .rows("termine.ics", 2, 1, 1)
                .problem("termine.ics:3", "event-too-large")),
        run(
            "vcard-with-deeply-nested-agents",
            w -> {
              StringBuilder card =
                  new StringBuilder("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Anna\r\n");
              card.append("AGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Agent;Eins\r\n".repeat(5_000));
              card.append("END:VCARD\r\n".repeat(5_001));
              card.append("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Kurz;Ben\r\nEND:VCARD\r\n");
              return List.of(arg(w.text("kontakte.vcf", card.toString())));
            },
            Expected.exit(0).rows("kontakte.vcf", 2, 2, 0)),
        run(
            "ics-with-an-endless-recurrence",
            textInput(
                "termine.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                    + "DTSTART:20240301T100000Z\r\nRRULE:FREQ=SECONDLY;INTERVAL=1\r\n"
                    + "SUMMARY:Jour fixe\r\nATTENDEE;CN=Ben Kurz:mailto:ben@kurz.de\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n"),
            Expected.exit(0).rows("termine.ics", 1, 1, 0)),
        run(
            "vcard-without-any-name",
            textInput(
                "kontakte.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+49 30 123\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Ben\r\nEND:VCARD\r\n"),
            Expected.exit(0)
                .rows("kontakte.vcf", 2, 1, 1)
                .problem("kontakte.vcf:1", "missing-person")),
        run(
            "ldif-with-broken-lines",
            w ->
                List.of(
                    arg(
                        w.bytes(
                            "adressbuch.ldif",
                            ("dn: cn=Lena Vogt,mail=lena@example.de\n"
                                    + "objectclass: inetOrgPerson\n"
                                    + "cn: Lena Vogt\n"
                                    + "mail: lena@example.de\n"
                                    // base64 that is none, and a line without a colon
                                    + "o:: kein*base64!\n"
                                    + "diese Zeile hat keinen Doppelpunkt\n"
                                    + "\n"
                                    // a continuation without a line before it
                                    + " verwaiste Fortsetzung\n"
                                    + "dn: cn=Paul Kr\u00fcger,mail=paul@example.de\n"
                                    + "objectclass: inetOrgPerson\n"
                                    + "cn: Paul Kr\u00fcger\n"
                                    + "mail: paul@example.de\n"
                                    + "\n"
                                    + "dn: cn=Team\n"
                                    + "objectclass: groupOfNames\n"
                                    + "member: cn=Lena Vogt,mail=lena@example.de\n")
                                .getBytes(StandardCharsets.ISO_8859_1)))),
            Expected.exit(0)
                .rows("adressbuch.ldif", 3, 2, 1)
                .problem("adressbuch.ldif:5", "ldif-line")
                .problem("adressbuch.ldif:6", "ldif-line")
                .problem("adressbuch.ldif:8", "ldif-line")
                .problem("adressbuch.ldif:9", "ldif-line")
                .problem("adressbuch.ldif:14", "ldif-group")
                .check(
                    o ->
                        assertEquals(
                            java.util.Set.of("Lena Vogt", "Paul Kr\ufffdger"),
                            java.util.Set.copyOf(EncodingCases.names(o))))
                .readAlone()),
        run(
            "ics-with-broken-dates",
            textInput(
                "termine.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + event("2024-13-45T99:00:00", "Anna Berg")
                    + event("20241301", "Anna Berg")
                    + event("gestern", "Ben Kurz")
                    + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240230\r\n"
                    + "ATTENDEE;CN=Ben Kurz:mailto:ben@kurz.de\r\nEND:VEVENT\r\n"
                    + event("20240301T100000Z", "Ben Kurz")
                    + "END:VCALENDAR\r\n"),
            Expected.exit(0)
                .rows("termine.ics", 5, 1, 4)
                .problem("termine.ics:3", "bad-date")
                .problem("termine.ics:8", "bad-date")
                .problem("termine.ics:13", "missing-date")
                .problem("termine.ics:18", "bad-date")),
        run(
            "calendar-without-events",
            textInput(
                "termine.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kalender//DE\r\n"
                    + "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nEND:VTIMEZONE\r\n"
                    + "END:VCALENDAR\r\n"),
            Expected.exit(0).rows("termine.ics", 0, 0, 0).problem("termine.ics", "no-rows")),
        run(
            "ics-event-without-end",
            textInput(
                "termine.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + "BEGIN:VEVENT\r\nDTSTART:20240301T100000Z\r\nSUMMARY:Kaffee\r\n"
                    + "ATTENDEE;CN=Ben Kurz:mailto:ben@kurz.de\r\n"
                    + event("20240302T100000Z", "Anna Berg")
                    + "END:VCALENDAR\r\n"),
            Expected.exit(0)
                .rows("termine.ics", 2, 2, 0)
                .problem("termine.ics:3", "event-unterminated")));
  }

  /** One event with a start and an attendee. */
  static String event(String start, String attendee) {
    String mail = attendee.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.de";
    return "BEGIN:VEVENT\r\nDTSTART:"
        + start
        + "\r\nSUMMARY:Termin\r\nATTENDEE;CN="
        + attendee
        + ":mailto:"
        + mail
        + "\r\nEND:VEVENT\r\n";
  }
}
