package de.kontaktcharta.source.invitations;

import static de.kontaktcharta.source.lists.ListFields.COMPANY;
import static de.kontaktcharta.source.lists.ListFields.DIRECTION;
import static de.kontaktcharta.source.lists.ListFields.EMAIL;
import static de.kontaktcharta.source.lists.ListFields.FIRST;
import static de.kontaktcharta.source.lists.ListFields.FROM;
import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.LAST;
import static de.kontaktcharta.source.lists.ListFields.MESSAGE;
import static de.kontaktcharta.source.lists.ListFields.MIDDLE;
import static de.kontaktcharta.source.lists.ListFields.PLATFORM;
import static de.kontaktcharta.source.lists.ListFields.POSITION;
import static de.kontaktcharta.source.lists.ListFields.PROFILE;
import static de.kontaktcharta.source.lists.ListFields.SENT;
import static de.kontaktcharta.source.lists.ListFields.STATUS;
import static de.kontaktcharta.source.lists.ListFields.TO;

import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import de.kontaktcharta.source.lists.PersonColumns;
import de.kontaktcharta.source.lists.ProfileLinks;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An invitations list kept by hand or exported from elsewhere — how XING invitations are recorded,
 * since XING has no export: From/Von, Date/Datum, Message/Nachricht, optionally Direction/Richtung,
 * To/An, a profile link and the sender's company and position. Rows without a direction are
 * invitations received. The platform is XING when a link, a platform column or the file's name says
 * so; on XING an empty message is no decline signal by itself.
 */
public final class InvitationListReader implements TableReader {

  private static final Set<String> INCOMING =
      Set.of("incoming", "eingehend", "erhalten", "empfangen", "received", "in", "eingang");
  private static final Set<String> OUTGOING =
      Set.of("outgoing", "ausgehend", "gesendet", "versendet", "sent", "out", "ausgang");
  private static final List<String> CLOSED =
      List.of("abgelehnt", "declined", "ignoriert", "ignored", "zurueckgezogen", "withdrawn");

  /** A word beginning with "un" ("unbestätigt"), which negates what follows. */
  private static final Pattern UN_WORD = Pattern.compile("(?<![\\w])un\\w");

  private static final List<String> ACCEPTED =
      List.of("angenommen", "akzeptiert", "bestaetigt", "accepted", "confirmed", "verbunden");

  private final DateParser dates;

  public InvitationListReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(
        FROM, TO, FIRST, MIDDLE, LAST, FULL, SENT, MESSAGE, DIRECTION, STATUS, COMPANY, POSITION,
        EMAIL, PROFILE, PLATFORM);
  }

  // One row's checks in the order a user reads them (who, when, which way, what text); split
  // up, the row's cells and problems would have to be passed between the parts.
  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    PersonColumns people = new PersonColumns(cols, FULL);
    Platform fallback = ProfileLinks.named(counter.file()).orElse(Platform.OTHER);
    String sentColumn = cols.name(cols.index(SENT));
    Set<String> owners = new HashSet<>();
    Row row;
    while ((row = rows.next()) != null) {
      String status = TextFold.fold(cols.get(row, STATUS));
      if (CLOSED.stream().anyMatch(status::contains)) {
        counter.skip(
            row.line(),
            Severity.INFO,
            Message.of("problem.invitation-closed", cols.get(row, STATUS).trim()));
        continue;
      }
      Optional<Direction> direction = direction(cols.get(row, DIRECTION));
      if (direction.isEmpty()) {
        counter.skip(
            row.line(), Message.of("problem.bad-direction.list", cols.get(row, DIRECTION).trim()));
        continue;
      }
      boolean incoming = direction.get() == Direction.INCOMING;
      String otherName = !incoming && cols.has(TO) ? cols.get(row, TO) : cols.get(row, FROM);
      String ownerName = incoming ? cols.get(row, TO) : cols.has(TO) ? cols.get(row, FROM) : "";
      PersonRef listed = people.person(row);
      PersonRef other =
          new PersonRef(
              listed.firstName(),
              listed.lastName(),
              listed.firstName().isEmpty() && listed.lastName().isEmpty()
                  ? firstNonBlank(otherName, listed.fullName())
                  : "",
              listed.company(),
              listed.position(),
              listed.emails(),
              listed.profileUrls());
      if (other.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.invitation-list"));
        continue;
      }
      PersonRef owner = PersonRef.named(Cells.optional(ownerName));
      SourceRef source = counter.at(row.line());
      if (!owner.isEmpty() && owners.add(owner.displayName())) {
        sink.owner(owner, source);
      }
      LocalDate date = dates.parseOrNote(cols.get(row, SENT), counter, row.line(), sentColumn);
      Platform platform =
          ProfileLinks.named(cols.get(row, PLATFORM))
              .orElse(ProfileLinks.platformOf(other.profileUrls(), fallback));
      if (accepted(status)) {
        // the other person is a contact now, which a list of invitations may be the only record
        // of (XING has no contact export); the invitation's text stays evidence for them
        sink.network(new NetworkEntry(other, date, platform, InvitationsKind.KIND, source));
      }
      sink.invitation(
          new Invitation(
              incoming ? other : owner,
              incoming ? owner : other,
              date,
              cols.get(row, MESSAGE),
              direction.get(),
              platform,
              source));
      counter.used();
    }
  }

  private static boolean accepted(String foldedStatus) {
    boolean negated =
        foldedStatus.contains("nicht")
            || foldedStatus.contains("not")
            || UN_WORD.matcher(foldedStatus).find();
    return !negated && ACCEPTED.stream().anyMatch(foldedStatus::contains);
  }

  private static String firstNonBlank(String a, String b) {
    String c = Cells.optional(a);
    return c.isEmpty() ? b : c;
  }

  /** Incoming when the cell is empty: a list of invitations is usually the ones received. */
  static Optional<Direction> direction(String cell) {
    String d = TextFold.words(cell);
    if (d.isEmpty() || INCOMING.contains(d)) {
      return Optional.of(Direction.INCOMING);
    }
    return OUTGOING.contains(d) ? Optional.of(Direction.OUTGOING) : Optional.empty();
  }
}
