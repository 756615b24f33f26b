package de.kontaktcharta.source.interactions;

import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.TakeOver;
import de.kontaktcharta.source.lists.ListFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a log of interactions from a CRM list when the log's channel column has a name that a
 * relation column has too ("Art", "Typ", "Type"): only the values differ, "Telefon" and "E-Mail"
 * against "Kunde" and "Lieferant". A log with a subject column is told from a meetings list the
 * same way. Fed the rows below the header that detection reads anyway.
 */
final class ChannelColumns implements TakeOver.Watch {

  /** The kinds a log may look like, by their codes: kinds are declared apart from each other. */
  private static final String CRM = "crm";

  private static final String MEETINGS = "meetings";

  /** Channels as users write them, compacted as header names are (letters and digits only). */
  private static final Set<String> CHANNELS =
      Set.of(
          "telefon",
          "telefonat",
          "anruf",
          "phone",
          "call",
          "phonecall",
          "email",
          "mail",
          "emails",
          "treffen",
          "meeting",
          "termin",
          "besuch",
          "visit",
          "video",
          "videocall",
          "videokonferenz",
          "teams",
          "zoom",
          "skype",
          "webex",
          "whatsapp",
          "signal",
          "telegram",
          "sms",
          "chat",
          "slack",
          "brief",
          "letter",
          "post",
          "mastodon",
          "x",
          "twitter",
          "bluesky",
          "threads",
          "linkedin",
          "xing",
          "instagram",
          "facebook",
          "veranstaltung",
          "event",
          "messe",
          "konferenz",
          "conference",
          "workshop",
          "webinar",
          "vortrag",
          "persoenlich",
          "inperson",
          "vorort",
          "onsite",
          "lunch",
          "mittagessen",
          "kaffee",
          "coffee");

  private final List<Integer> columns;
  private int channels;
  private int others;

  private ChannelColumns(List<Integer> columns) {
    this.columns = columns;
  }

  /**
   * The columns to look at, when a CRM header's only relation columns could as well be a log's
   * channel and the header has a date, as a log has.
   */
  static Optional<TakeOver.Watch> watch(Header header, InputKind detected) {
    boolean crm = detected.code().equals(CRM);
    if (!crm && !detected.code().equals(MEETINGS)) {
      return Optional.empty();
    }
    List<Integer> ambiguous = new ArrayList<>();
    boolean date = false;
    List<String> names = header.names();
    for (int i = 0; i < names.size(); i++) {
      String name = Field.compact(names.get(i));
      if (name.isEmpty()) {
        continue;
      }
      date |= ListFields.MEETING_DATE.accepts(name);
      if (crm && ListFields.RELATION_STRICT.accepts(name)) {
        if (!ListFields.CHANNEL.accepts(name)) {
          return Optional.empty();
        }
        ambiguous.add(i);
      } else if (!crm && ListFields.CHANNEL.accepts(name)) {
        // "Person, Type, When, Summary": a log with a subject column looks like a meetings list
        ambiguous.add(i);
      }
    }
    return date && !ambiguous.isEmpty()
        ? Optional.of(new ChannelColumns(ambiguous))
        : Optional.empty();
  }

  /** Counts one data row's values. */
  @Override
  public void add(List<String> cells) {
    for (int i : columns) {
      String value = i < cells.size() ? Field.compact(cells.get(i)) : "";
      if (value.isEmpty()) {
        continue;
      }
      if (CHANNELS.contains(value)) {
        channels++;
      } else {
        others++;
      }
    }
  }

  /** True when most of the values are channels: the table is a log. */
  @Override
  public boolean claims() {
    return channels > 0 && channels >= others;
  }
}
