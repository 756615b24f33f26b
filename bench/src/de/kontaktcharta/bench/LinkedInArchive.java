package de.kontaktcharta.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Connections.csv, Invitations.csv, Endorsement_Received_Info.csv and Profile.csv as a 2024–2026
 * export writes them (docs/formats/linkedin.md).
 */
final class LinkedInArchive {

  static final String NOTE =
      "\"When exporting your connection data, you may notice that some of the email addresses are"
          + " missing. You will only see email addresses for connections who have allowed their"
          + " connections to see or download their email address using this setting"
          + " https://www.linkedin.com/psettings/privacy/email. You can learn more here"
          + " https://www.linkedin.com/help/linkedin/answer/261\"";

  private static final DateTimeFormatter CONNECTED =
      DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.US);
  private static final DateTimeFormatter SENT_AT =
      DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.US);
  private static final DateTimeFormatter ENDORSED =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss 'UTC'", Locale.US);

  private final Path dir;
  private final People people;
  private final LocalDate exportDate;

  LinkedInArchive(Path dir, People people, LocalDate exportDate) {
    this.dir = dir;
    this.people = people;
    this.exportDate = exportDate;
  }

  void connections(Random random) throws IOException {
    try (CsvOut out = CsvOut.linkedIn(dir.resolve("Connections.csv"), false)) {
      out.raw("Notes:");
      out.raw(NOTE);
      out.raw("");
      out.row(
          "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
      for (Person p : people.connections()) {
        String date = CONNECTED.format(p.connectedOn());
        if (random.nextDouble() < 0.012) {
          // a deleted or restricted member: everything empty but the date
          out.row("", "", "", "", "", "", date);
          continue;
        }
        out.row(p.first(), p.last(), p.encodedUrl(), p.email(), p.company(), p.position(), date);
      }
    }
  }

  private record Invite(Person other, boolean incoming, LocalDateTime at, String message) {}

  /**
   * Writes the invitations of the last eleven months, newest first.
   *
   * @return the people outside the network who invited the owner (open invitations)
   */
  List<Person> invitations(int count, Random random) throws IOException {
    LocalDate windowStart = exportDate.minusDays(330);
    List<Person> recent = new ArrayList<>();
    for (Person p : people.connections()) {
      if (!p.connectedOn().isBefore(windowStart)) {
        recent.add(p);
      }
    }
    Collections.shuffle(recent, random);
    TextMix texts = new TextMix(random);
    List<Invite> invites = new ArrayList<>(count);
    List<Person> openInviters = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean incoming = random.nextDouble() < 0.28;
      boolean accepted = random.nextDouble() < (incoming ? 0.4 : 0.57) && !recent.isEmpty();
      Person other = accepted ? recent.remove(recent.size() - 1) : people.stranger();
      LocalDate day =
          accepted
              ? max(windowStart, other.connectedOn().minusDays(random.nextInt(5)))
              : windowStart.plusDays(random.nextInt(331));
      LocalDateTime at = day.atTime(random.nextInt(24), random.nextInt(60));
      invites.add(new Invite(other, incoming, at, message(incoming, texts, random)));
      if (incoming && !accepted) {
        openInviters.add(other);
      }
    }
    invites.sort(Comparator.comparing(Invite::at).reversed());
    Person me = People.OWNER;
    try (CsvOut out = CsvOut.linkedIn(dir.resolve("Invitations.csv"), true)) {
      out.row(
          "From",
          "To",
          "Sent At",
          "Message",
          "Direction",
          "inviterProfileUrl",
          "inviteeProfileUrl");
      for (Invite v : invites) {
        Person from = v.incoming ? v.other : me;
        Person to = v.incoming ? me : v.other;
        out.row(
            from.name(),
            to.name(),
            SENT_AT.format(v.at),
            v.message,
            v.incoming ? "INCOMING" : "OUTGOING",
            from.rawUrl(),
            to.rawUrl());
      }
    }
    return openInviters;
  }

  private static String message(boolean incoming, TextMix texts, Random random) {
    double empty = incoming ? 0.5 : 0.8;
    if (random.nextDouble() < empty) {
      return "";
    }
    TextMix.Kind[] kinds = TextMix.Kind.values();
    TextMix.Kind kind = incoming ? kinds[random.nextInt(kinds.length)] : kinds[random.nextInt(4)];
    String text = kind == TextMix.Kind.ORDINARY ? texts.message("", kind) : texts.wording(kind);
    return random.nextDouble() < 0.3 ? text + " " + texts.ordinary(random.nextBoolean()) : text;
  }

  void endorsements(int count, Random random) throws IOException {
    List<Person> connections = people.connections();
    List<Person> endorsers = new ArrayList<>();
    for (int i = 0; i < Math.max(1, count / 3); i++) {
      endorsers.add(connections.get(random.nextInt(connections.size())));
    }
    List<String[]> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // a few people endorse many skills, most endorse one or two
      Person p = endorsers.get((int) (endorsers.size() * Math.pow(random.nextDouble(), 2)));
      long span = Math.max(1, exportDate.toEpochDay() - p.connectedOn().toEpochDay());
      LocalDateTime at =
          p.connectedOn()
              .plusDays((long) (random.nextDouble() * span))
              .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
      rows.add(
          new String[] {
            ENDORSED.format(at),
            people.pick(Pools.SKILLS),
            p.first(),
            p.last(),
            p.encodedUrl().substring("https://".length()),
            "ACCEPTED"
          });
    }
    rows.sort(Comparator.comparing((String[] r) -> r[0]).reversed());
    try (CsvOut out = CsvOut.linkedIn(dir.resolve("Endorsement_Received_Info.csv"), true)) {
      out.row(
          "Endorsement Date",
          "Skill Name",
          "Endorser First Name",
          "Endorser Last Name",
          "Endorser Public Url",
          "Endorsement Status");
      for (String[] r : rows) {
        out.row(r);
      }
    }
  }

  void profile() throws IOException {
    Person me = People.OWNER;
    try (CsvOut out = CsvOut.linkedIn(dir.resolve("Profile.csv"), true)) {
      out.row(
          "First Name",
          "Last Name",
          "Maiden Name",
          "Address",
          "Birth Date",
          "Headline",
          "Summary",
          "Industry",
          "Zip Code",
          "Geo Location",
          "Twitter Handles",
          "Websites",
          "Instant Messengers");
      out.row(
          me.first(),
          me.last(),
          "",
          "",
          "",
          me.position(),
          "Ich helfe Unternehmen, soziale Netzwerke mit Haltung zu nutzen. Kontakte nur mit Grund.",
          "Public Relations & Communications",
          "50667",
          "Köln, Nordrhein-Westfalen, Deutschland",
          "",
          "[COMPANY:https://vogelsang-kommunikation.de]",
          "");
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
