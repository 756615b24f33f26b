package de.kontaktcharta.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * messages.csv in the 12-column layout of 2024-12: conversations contiguous, newest conversation
 * and newest message first; one-to-one chats with connections (two-way and one-way), chats with
 * people outside the network, group conversations and sponsored InMail with HTML bodies.
 */
final class MessagesFile {

  /** Conversation lengths are log-uniform up to this, about 55 rows on average. */
  static final int LONGEST = 330;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.US);

  private enum Type {
    CHAT,
    GROUP,
    INMAIL
  }

  private enum Flow {
    BOTH,
    THEIRS,
    MINE
  }

  private record Conversation(
      Type type, List<Person> others, Flow flow, int length, LocalDateTime newest, long seed) {}

  private final People people;
  private final List<Person> openInviters;
  private final LocalDate exportDate;
  private final Preset preset;

  MessagesFile(People people, List<Person> openInviters, LocalDate exportDate, Preset preset) {
    this.people = people;
    this.openInviters = openInviters;
    this.exportDate = exportDate;
    this.preset = preset;
  }

  void write(Path file, int rows, Random random) throws IOException {
    List<Conversation> conversations = plan(rows, random);
    try (CsvOut out = CsvOut.linkedIn(file, true)) {
      out.row(
          "CONVERSATION ID",
          "CONVERSATION TITLE",
          "FROM",
          "SENDER PROFILE URL",
          "TO",
          "RECIPIENT PROFILE URLS",
          "DATE",
          "SUBJECT",
          "CONTENT",
          "FOLDER",
          "IS MESSAGE DRAFT",
          "IS CONVERSATION DRAFT");
      for (Conversation c : conversations) {
        write(out, c);
      }
    }
  }

  private List<Conversation> plan(int rows, Random random) {
    List<Person> partners = new ArrayList<>(people.connections());
    Collections.shuffle(partners, random);
    int nextPartner = 0;
    int nextInviter = 0;
    List<Conversation> plan = new ArrayList<>();
    int left = rows;
    while (left > 0) {
      int length = Math.min(left, (int) Math.exp(random.nextDouble() * Math.log(LONGEST)));
      left -= length;
      double r = random.nextDouble();
      Type type = r < 0.88 ? Type.CHAT : r < 0.95 ? Type.GROUP : Type.INMAIL;
      List<Person> others = new ArrayList<>();
      if (type == Type.GROUP) {
        for (int i = 2 + random.nextInt(5); i > 0; i--) {
          others.add(partners.get(random.nextInt(partners.size())));
        }
      } else if (type == Type.INMAIL || r < 0.09) {
        boolean inviter = nextInviter < openInviters.size() && random.nextBoolean();
        others.add(inviter ? openInviters.get(nextInviter++) : people.stranger());
      } else {
        others.add(partners.get(nextPartner++ % partners.size()));
      }
      double f = random.nextDouble();
      Flow flow =
          type == Type.INMAIL
              ? Flow.THEIRS
              : f < preset.twoWayShare()
                  ? Flow.BOTH
                  : f < preset.twoWayShare() + (1 - preset.twoWayShare()) * 4 / 7
                      ? Flow.THEIRS
                      : Flow.MINE;
      int daysBack = (int) (Math.pow(random.nextDouble(), 1.6) * 365 * 6);
      LocalDateTime newest =
          exportDate
              .minusDays(daysBack)
              .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
      plan.add(new Conversation(type, others, flow, length, newest, random.nextLong()));
    }
    plan.sort(Comparator.comparing(Conversation::newest).reversed());
    return plan;
  }

  private void write(CsvOut out, Conversation c) throws IOException {
    Random random = new Random(c.seed);
    byte[] idBytes = new byte[40];
    random.nextBytes(idBytes);
    String id = "2-" + Base64.getEncoder().encodeToString(idBytes);
    TextMix texts = new TextMix(random);
    Person me = People.OWNER;
    boolean sponsored = c.type == Type.INMAIL && random.nextBoolean();
    String subject =
        c.type == Type.INMAIL ? texts.wording(TextMix.Kind.PITCH).replaceAll("[.!?].*", "") : "";
    String title =
        c.type == Type.GROUP && random.nextDouble() < 0.3
            ? "Projektgruppe " + people.company()
            : subject;
    double f = random.nextDouble();
    String folder = f < 0.94 ? "INBOX" : f < 0.985 ? "ARCHIVE" : f < 0.993 ? "SPAM" : "";
    List<Person> everyone = new ArrayList<>(c.others);
    everyone.add(0, me);
    LocalDateTime at = c.newest;
    Person sender = c.flow == Flow.MINE ? me : c.others.get(0);
    for (int i = 0; i < c.length; i++) {
      if (c.type == Type.GROUP) {
        sender = everyone.get(random.nextInt(everyone.size()));
      } else if (c.flow == Flow.BOTH && random.nextDouble() < preset.turnShare()) {
        sender = sender == me ? c.others.get(0) : me;
      }
      List<Person> to = new ArrayList<>(everyone);
      to.remove(sender);
      String content = content(c, sender, to.get(0), texts, random);
      boolean draft = sender == me && random.nextDouble() < 0.001;
      out.row(
          id,
          title,
          sender.name(),
          sponsored && sender != me ? "" : sender.rawUrl(),
          join(to, false),
          join(to, true),
          DATE.format(at),
          subject,
          content,
          folder,
          draft ? "Yes" : "No",
          "No");
      // earlier messages of the conversation follow; gaps from minutes to days
      at = at.minusMinutes(1 + (long) (-Math.log(1 - random.nextDouble()) * 60 * 20));
    }
  }

  private String content(Conversation c, Person sender, Person to, TextMix texts, Random random) {
    double r = random.nextDouble();
    TextMix.Kind kind;
    if (c.type == Type.INMAIL || (!c.others.get(0).connected() && sender != People.OWNER)) {
      kind = r < 0.3 ? TextMix.Kind.PITCH : r < 0.4 ? TextMix.Kind.QUESTION : TextMix.Kind.ORDINARY;
    } else {
      kind =
          r < 0.04
              ? TextMix.Kind.MET
              : r < 0.07
                  ? TextMix.Kind.PROSPECT
                  : r < 0.10 ? TextMix.Kind.PROFILE : TextMix.Kind.ORDINARY;
    }
    String text = texts.message(to.first(), kind, preset);
    return c.type == Type.INMAIL || random.nextDouble() < preset.htmlShare()
        ? TextMix.html(text)
        : text;
  }

  private static String join(List<Person> persons, boolean urls) {
    StringBuilder out = new StringBuilder();
    for (Person p : persons) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(urls ? p.rawUrl() : p.name());
    }
    return out.toString();
  }
}
