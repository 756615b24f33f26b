package de.kontaktcharta;

import java.util.List;
import java.util.Map;

/**
 * The rows of {@code producers/README.md} as data: what each file of a kind the tool reads gives,
 * and which test holds the rows of the others.
 */
final class ProducerRows {

  private ProducerRows() {}

  /**
   * What a file gives: each person (or meeting participant, with the date) as {@code name | company
   * | position | e-mails | profiles}, and the problems as {@code line: code}.
   */
  record Expect(List<String> people, List<String> problems) {}

  private static Expect people(String... people) {
    return new Expect(List.of(people), List.of());
  }

  private static Map.Entry<String, Expect> read(String file, Expect expect) {
    return Map.entry(file, expect);
  }

  /** The files of the kinds the tool reads, as their README rows describe them. */
  static final Map<String, Expect> READ =
      Map.ofEntries(
          read(
              "vcard/android-email-only.vcf",
              people(
                  "frieda.lohmann@example.de |  |  | frieda.lohmann@example.de | ",
                  "kontakt@hafenkontor.example |  |  | kontakt@hafenkontor.example | ")),
          read(
              "vcard/evolution-org-card.vcf",
              new Expect(
                  List.of(
                      "Frieda Lohmann | Hafenkontor Nord GmbH | Disponentin"
                          + " | f.lohmann@hafenkontor.example | "),
                  List.of("1: vcard-organisation"))),
          read(
              "vcard/android-qp-multi.vcf",
              people(
                  "Jürgen Müller | Beispiel Handel | Einkauf | j.mueller@beispiel.de | ",
                  "Moritz Keller |  |  |  | ")),
          read(
              "vcard/iphone-item-groups.vcf",
              new Expect(
                  List.of(
                      "Anna Becker | Steuerbüro am Markt | Steuerberaterin"
                          + " | anna.becker@steuer-markt.example"
                          + " | https://www.linkedin.com/in/anna-becker-steuer"),
                  List.of("15: vcard-organisation"))),
          read(
              "vcard/outlook-21-windows1252.vcf",
              people(
                  "Günter Voß | Voß & Partner Steuerberatung | Steuerberater"
                      + " | g.voss@example.net | ")),
          read(
              "vcard/thunderbird-40.vcf",
              people(
                  "Claudia Neumann | Rheinwerk Logistik | Leiterin Vertrieb"
                      + " | claudia.neumann@example.com"
                      + " | https://www.xing.com/profile/Claudia_Neumann")),
          read(
              "vcard/kaddressbook-30.vcf",
              people("Eva Roth | Roth Maschinenbau | Geschäftsführerin | eva@roth.example | ")),
          read(
              "vcard/nextcloud-sabre.vcf",
              people("Oliver Brandes | Brandes IT |  | o.brandes@example.org | ")),
          read(
              "vcard/google-contacts-30.vcf",
              people(
                  "Anton von Allmen | Allmen Logistik AG | Leiter Einkauf"
                      + " | anton.vonallmen@allmen-logistik.example anton@vonallmen.example"
                      + " | https://www.linkedin.com/in/anton-von-allmen")),
          read(
              "vcard/xing-21-latin1.vcf",
              people(
                  "Jörg Maaß | Maaß Consulting GmbH | Geschäftsführer | joerg.maass@example.de"
                      + " | https://www.xing.com/profile/Joerg_Maass")),
          read(
              "contacts/google-2024-middle-name.csv",
              people(
                  "Anton von Allmen | Allmen Logistik AG | Leiter Einkauf"
                      + " | anton.vonallmen@allmen-logistik.example"
                      + " | https://www.linkedin.com/in/anton-von-allmen",
                  "Eva Maria Roth | Roth Maschinenbau | Geschäftsführerin"
                      + " | eva@roth.example eva.roth@privat.example | ",
                  "info@hafenkontor.example |  |  | info@hafenkontor.example | ")),
          read(
              "contacts/google-legacy-email-only.csv",
              people(
                  "frieda.lohmann@example.de |  |  | frieda.lohmann@example.de | ",
                  "Holger Brandt | Brandt Spedition | Inhaber | h.brandt@example.com | ")),
          read(
              "contacts/outlook-de-windows1252.csv",
              people(
                  "Günter Voß | Voß & Partner | Steuerberater | g.voss@example.net | ",
                  "Anna Maria Becker | Steuerbüro am Markt | Steuerberaterin"
                      + " | anna.becker@steuer-markt.example | ")),
          read(
              "contacts/thunderbird-de.csv",
              people(
                  "Sabine Berger | Nordlicht Werkzeuge AG | Einkauf | s.berger@example.org"
                      + " | https://www.xing.com/profile/Sabine_Berger7",
                  "info@hafenkontor.example |  |  | info@hafenkontor.example | ")),
          read(
              "ldif/thunderbird-addressbook.ldif",
              new Expect(
                  List.of(
                      "Jörg Maaß | Maaß Consulting GmbH | Geschäftsführer"
                          + " | joerg.maass@example.de jm@maass-consult.example"
                          + " | https://www.linkedin.com/in/joerg-maass-example",
                      "Sabine Berger | Nordlicht Werkzeuge AG | Einkauf | s.berger@example.org"
                          + " | https://www.xing.com/profile/Sabine_Berger7",
                      "info@hafenkontor.example |  |  | info@hafenkontor.example | ",
                      "Ömer Yılmaz |  |  | oemer@yilmaz.example | "),
                  List.of("58: ldif-group"))),
          read(
              "ldif/thunderbird-windows-crlf.ldif",
              new Expect(
                  List.of(
                      "Claudia Neumann | Rheinwerk Logistik | Leiterin Vertrieb"
                          + " | claudia.neumann@example.com | ",
                      "Günter Voß | Voß & Partner | Steuerberater | g.voss@example.net | "),
                  List.of("30: ldif-group"))),
          read(
              "ldif/openldap-ldapsearch.ldif",
              new Expect(
                  List.of(
                      "Thomas Brandt | Beispiel Handel | Key Account Manager"
                          + " | thomas.brandt@beispiel.de | https://www.xing.com/profile/"
                          + "Thomas_Brandt42/cv?sc_o=da980_e&utm_source=adressbuch",
                      "Jürgen Müller |  |  | j.mueller@beispiel.de juergen.mueller@privat.example"
                          + " | "),
                  List.of(
                      "10: ldif-skipped",
                      "18: ldif-skipped",
                      "48: ldif-group",
                      "55: ldif-skipped"))),
          read(
              "ldif/sogo-lowercase.ldif",
              people(
                  "Anna Becker |  |  | anna.becker@steuer-markt.example"
                      + " | https://de.linkedin.com/in/anna-becker-steuer")),
          read(
              "ldif/ldapmodify-change-records.ldif",
              new Expect(
                  List.of("Katrin Albers |  |  | k.albers@beispiel.de | "),
                  List.of("12: ldif-skipped", "22: ldif-skipped"))),
          read(
              "ldif/damaged.ldif",
              new Expect(
                  List.of(
                      "Lena Vogt |  |  | lena.vogt@example.de | ",
                      "Paul Kr\ufffdger |  |  | paul@example.de | "),
                  List.of(
                      "10: ldif-line",
                      "11: ldif-line",
                      "12: ldif-line",
                      "14: ldif-line",
                      "15: ldif-line",
                      "17: ldif-line",
                      "20: ldif-skipped"))),
          read(
              "calendar/lotus-notes-cn-with-org.ics",
              people(
                  "2026-03-12 Katrin Albers |  |  | katrin@albers-beratung.example | ",
                  "2026-03-12 Thomas Brandt |  |  | thomas.brandt@beispiel.de | ",
                  "2026-03-12 j.mueller@beispiel.de |  |  | j.mueller@beispiel.de | ")),
          read(
              "calendar/google-calendar.ics",
              people(
                  "2026-04-15 Katrin Albers |  |  | katrin.albers@gmail.example | ",
                  "2026-04-15 anna.becker@steuer-markt.example |  |  "
                      + "| anna.becker@steuer-markt.example | ")),
          read(
              "calendar/outlook-windows-tz.ics",
              people(
                  "2026-03-20 Günter Voß |  |  | g.voss@example.net | ",
                  "2026-03-20 katrin@albers-beratung.example |  |  "
                      + "| katrin@albers-beratung.example | ")),
          read(
              "calendar/groupwise-tz.ics",
              people(
                  "2026-03-18 Claudia Neumann |  |  | claudia.neumann@example.com | ",
                  "2026-03-18 Katrin Albers |  |  | katrin@albers-beratung.example | ")),
          read(
              "calendar/apple-calendar.ics",
              people(
                  "2026-03-05 Katrin Albers |  |  | katrin@albers-beratung.example | ",
                  "2026-03-05 Eva Roth |  |  | eva@roth.example | ")));

  /**
   * Files whose row a test of their own holds: the LinkedIn archive's (read as a folder, the way
   * the archive comes) and those of the channels whose input kind is still to come, at their format
   * layer.
   */
  static final Map<String, String> HELD_BY =
      Map.ofEntries(
          Map.entry("linkedin/archive-2025/messages.csv", "input.LinkedInExportsTest"),
          Map.entry("linkedin/archive-2025/coach_messages.csv", "input.LinkedInExportsTest"),
          Map.entry("mail/thunderbird-Inbox", "source.mail.MailProducersTest"),
          Map.entry("mail/gmail-takeout.mbox", "source.mail.MailProducersTest"),
          Map.entry(
              "whatsapp/WhatsApp Chat mit Erika Mustermann.txt",
              "source.whatsapp.WhatsAppProducersTest"),
          Map.entry("whatsapp/_chat.txt", "source.whatsapp.WhatsAppProducersTest"),
          Map.entry(
              "whatsapp/WhatsApp Chat with Jessica Moore.txt",
              "source.whatsapp.WhatsAppProducersTest"),
          Map.entry("x/account.js", "source.x.XProducersTest"),
          Map.entry("x/direct-messages.js", "source.x.XProducersTest"),
          Map.entry("xing/messages-backend.csv", "source.xingexport.XingProducersTest"),
          Map.entry("xing/network-inquiry-contacts.csv", "source.xingexport.XingProducersTest"),
          Map.entry("telegram/result.json", "source.telegram.TelegramProducersTest"),
          Map.entry("facebook/message_1.json", "source.meta.MetaProducersTest"),
          Map.entry("mastodon/outbox.json", "source.mastodon.MastodonProducersTest"));
}
