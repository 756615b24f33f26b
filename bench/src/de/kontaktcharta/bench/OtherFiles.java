package de.kontaktcharta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The inputs from outside LinkedIn: a CRM sheet saved by German Excel, a calendar export and a
 * folder of vCards from XING and an address book.
 */
final class OtherFiles {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

  private final People people;
  private final LocalDate exportDate;

  OtherFiles(People people, LocalDate exportDate) {
    this.people = people;
    this.exportDate = exportDate;
  }

  /** A CRM list as German Excel saves "CSV (Trennzeichen-getrennt)": ';', Windows-1252, CRLF. */
  void crm(Path file, int rows, Random random) throws IOException {
    CharsetEncoder encoder = WINDOWS_1252.newEncoder();
    List<String> relations =
        List.of(
            "Kunde",
            "Kunde",
            "Interessent",
            "Interessent",
            "Lieferant",
            "Partner",
            "Bestandskunde",
            "Presse",
            "Sonstige");
    try (CsvOut out = new CsvOut(file, WINDOWS_1252, ';', "\r\n", true)) {
      out.row("Vorname", "Nachname", "Firma", "E-Mail", "Beziehung", "Status", "Letzter Kontakt");
      for (int i = 0; i < rows; i++) {
        Person p = crmPerson(random, encoder);
        String relation = relations.get(random.nextInt(relations.size()));
        String status =
            relation.equals("Interessent")
                ? (random.nextBoolean() ? "Lead" : "Angebot offen")
                : (random.nextDouble() < 0.8 ? "aktiv" : "inaktiv");
        String company = p.company().isEmpty() ? people.company() : p.company();
        if (random.nextDouble() < 0.01) {
          company = company + "; Niederlassung Süd";
        }
        String email =
            random.nextDouble() < 0.7 ? People.mailbox(p.first(), p.last(), company) : "";
        String last =
            random.nextDouble() < 0.05
                ? ""
                : GERMAN_DATE.format(exportDate.minusDays(random.nextInt(730)));
        out.row(p.first(), p.last(), company, email, relation, status, last);
      }
    }
  }

  private Person crmPerson(Random random, CharsetEncoder encoder) {
    List<Person> connections = people.connections();
    for (int tries = 0; tries < 20 && random.nextDouble() < 0.65; tries++) {
      // Excel writes what Windows-1252 lacks as '?'; CRM rows of such people would not match.
      Person p = connections.get(random.nextInt(connections.size()));
      if (encoder.canEncode(p.name() + p.company())) {
        return p;
      }
    }
    Person p = people.stranger();
    return encoder.canEncode(p.name() + p.company()) ? p : crmPerson(random, encoder);
  }

  /** A Google Calendar export with ORGANIZER and ATTENDEE names and addresses. */
  void calendar(Path file, int events, Random random) throws IOException {
    DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.US);
    String ownerMail = People.OWNER.email();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Ics ics = new Ics(out);
      ics.line("BEGIN:VCALENDAR");
      ics.line("PRODID:-//Google Inc//Google Calendar 70.9054//EN");
      ics.line("VERSION:2.0");
      ics.line("CALSCALE:GREGORIAN");
      ics.line("METHOD:PUBLISH");
      ics.line("X-WR-CALNAME:" + ownerMail);
      ics.line("X-WR-TIMEZONE:Europe/Berlin");
      for (int i = 0; i < events; i++) {
        int offset = random.nextDouble() < 0.03 ? random.nextInt(45) : -random.nextInt(1095);
        var start =
            exportDate.plusDays(offset).atTime(7 + random.nextInt(11), 15 * random.nextInt(4));
        ics.line("BEGIN:VEVENT");
        ics.line("DTSTART:" + stamp.format(start));
        ics.line("DTEND:" + stamp.format(start.plusMinutes(30 + 30 * random.nextInt(4))));
        ics.line("DTSTAMP:" + stamp.format(exportDate.atTime(6, 0)));
        int attendees = random.nextDouble() < 0.1 ? 0 : 1 + random.nextInt(4);
        Person organiser = People.OWNER;
        for (int a = 0; a < attendees; a++) {
          Person p =
              random.nextDouble() < 0.75
                  ? people.connections().get(random.nextInt(people.connections().size()))
                  : people.stranger();
          String mail = People.mailbox(p.first(), p.last(), p.company());
          if (a == 0 && random.nextDouble() < 0.4) {
            organiser = p;
            ics.line("ORGANIZER;CN=" + Ics.param(p.name()) + ":mailto:" + mail);
          }
          ics.line(
              "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="
                  + Ics.param(p.name())
                  + ";X-NUM-GUESTS=0:mailto:"
                  + mail);
        }
        if (organiser == People.OWNER && attendees > 0) {
          ics.line("ORGANIZER;CN=" + Ics.param(People.OWNER.name()) + ":mailto:" + ownerMail);
        }
        ics.line(
            "UID:" + Long.toHexString(random.nextLong()) + Integer.toHexString(i) + "@google.com");
        ics.line("CREATED:" + stamp.format(start.minusDays(random.nextInt(30) + 1)));
        ics.line(
            "DESCRIPTION:"
                + Ics.text(
                    random.nextDouble() < 0.3
                        ? "Agenda: Stand, nächste Schritte, Budget. Einwahl: https://meet.example.com/"
                            + Integer.toHexString(random.nextInt())
                        : ""));
        ics.line("LOCATION:" + Ics.text(random.nextBoolean() ? people.pick(Pools.CITIES) : ""));
        ics.line("SEQUENCE:0");
        ics.line("STATUS:CONFIRMED");
        ics.line("SUMMARY:" + Ics.text(people.pick(Pools.MEETINGS)));
        ics.line("TRANSP:OPAQUE");
        ics.line("END:VEVENT");
      }
      ics.line("END:VCALENDAR");
    }
  }

  /** One vCard 3.0 per file; most from XING with a profile URL, the rest from an address book. */
  void vcards(Path dir, int count, Random random) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Person p =
          random.nextDouble() < 0.7
              ? people.connections().get(random.nextInt(people.connections().size()))
              : people.stranger();
      boolean xing = random.nextDouble() < 0.6;
      String xingName = People.ascii(p.first()) + "_" + People.ascii(p.last());
      xingName = xingName.replaceAll("[^a-z_]", "");
      Path file = dir.resolve(String.format(Locale.ROOT, "%s_%04d.vcf", xingName, i));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        Ics card = new Ics(out);
        card.line("BEGIN:VCARD");
        card.line("VERSION:3.0");
        if (xing) {
          card.line("PRODID:-//XING//www.xing.com//vCard 3.0//DE");
        }
        card.line("N:" + Ics.text(p.last()) + ";" + Ics.text(p.first()) + ";;;");
        card.line("FN:" + Ics.text(p.name()));
        if (!p.company().isEmpty()) {
          card.line("ORG:" + Ics.text(p.company()));
        }
        if (!p.position().isEmpty()) {
          card.line("TITLE:" + Ics.text(p.position().trim()));
        }
        String company = p.company().isEmpty() ? "web" : p.company();
        card.line("EMAIL;TYPE=INTERNET,WORK:" + People.mailbox(p.first(), p.last(), company));
        card.line(
            String.format(
                Locale.ROOT, "TEL;TYPE=WORK,VOICE:+49 221 %07d", random.nextInt(9999999)));
        if (random.nextBoolean()) {
          card.line(
              String.format(Locale.ROOT, "TEL;TYPE=CELL:+49 171 %07d", random.nextInt(9999999)));
        }
        card.line(
            "ADR;TYPE=WORK:;;Hauptstraße "
                + (1 + random.nextInt(120))
                + ";"
                + people.pick(Pools.CITIES)
                + ";;"
                + (10000 + random.nextInt(89999))
                + ";Deutschland");
        card.line(
            xing
                ? "URL;TYPE=WORK:https://www.xing.com/profile/" + xingName
                : "URL:https://" + People.ascii(company).replaceAll("[^a-z]", "") + ".de");
        if (random.nextDouble() < 0.2) {
          card.line(
              "NOTE:"
                  + Ics.text(
                      "Kennengelernt auf der Messe in "
                          + people.pick(Pools.CITIES)
                          + ", gemeinsames Interesse an Social Media, Kommunikation und Netzwerkpflege."));
        }
        card.line("REV:" + exportDate.minusDays(random.nextInt(900)) + "T10:00:00Z");
        card.line("END:VCARD");
      }
    }
  }
}
