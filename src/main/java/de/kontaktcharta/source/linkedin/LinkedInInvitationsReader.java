package de.kontaktcharta.source.linkedin;

import de.kontaktcharta.identity.ProfileUrl;
import de.kontaktcharta.input.table.BadDateException;
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
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * LinkedIn's {@code Invitations.csv}: the 5-column version, the {@code …ProfileUrn} and {@code
 * …ProfileUrl} versions, and the user-made {@code Date Sent} variant.
 */
public final class LinkedInInvitationsReader implements TableReader {

  private static final Field FROM = Field.of("from", "from");
  private static final Field TO = Field.of("to", "to");
  private static final Field SENT = Field.of("sent at", "sent at|date sent");
  private static final Field MESSAGE = Field.of("message", "message");
  private static final Field DIRECTION = Field.of("direction", "direction");
  private static final Field INVITER =
      Field.of("inviterprofileurl", "inviterprofileurl|inviterprofileurn");
  private static final Field INVITEE =
      Field.of("inviteeprofileurl", "inviteeprofileurl|inviteeprofileurn");

  private final DateParser dates;

  public LinkedInInvitationsReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(FROM, TO, SENT, MESSAGE, DIRECTION, INVITER, INVITEE);
  }

  // One row's checks in the order a user reads them (who, when, which way, what text); split
  // up, the row's cells and problems would have to be passed between the parts.
  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int from = cols.index(FROM);
    int to = cols.index(TO);
    int sent = cols.index(SENT);
    int message = cols.index(MESSAGE);
    int direction = cols.index(DIRECTION);
    int inviter = cols.index(INVITER);
    int invitee = cols.index(INVITEE);
    Set<String> owners = new HashSet<>();
    int bareUrls = 0;
    int firstBare = 0;
    Row row;
    while ((row = rows.next()) != null) {
      String dir = TextFold.clean(row.get(direction)).toUpperCase(Locale.ROOT);
      if (!dir.equals("INCOMING") && !dir.equals("OUTGOING")) {
        counter.skip(row.line(), Message.of("problem.bad-direction", row.get(direction)));
        continue;
      }
      String inviterUrl = Cells.optional(row.get(inviter));
      String inviteeUrl = Cells.optional(row.get(invitee));
      if (isBareProfileUrl(inviterUrl) || isBareProfileUrl(inviteeUrl)) {
        bareUrls++;
        firstBare = firstBare == 0 ? row.line() : firstBare;
        inviterUrl = isBareProfileUrl(inviterUrl) ? "" : inviterUrl;
        inviteeUrl = isBareProfileUrl(inviteeUrl) ? "" : inviteeUrl;
      }
      PersonRef fromPerson = PersonRef.named(Cells.optional(row.get(from)), inviterUrl);
      PersonRef toPerson = PersonRef.named(Cells.optional(row.get(to)), inviteeUrl);
      Direction d = Direction.valueOf(dir);
      PersonRef other = d == Direction.INCOMING ? fromPerson : toPerson;
      if (other.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.invitation"));
        continue;
      }
      LocalDate date = null;
      try {
        date = dates.parse(row.get(sent)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(), Message.of("problem.bad-date.kept", "Sent At", BadDateException.why(e)));
      }
      SourceRef source = counter.at(row.line());
      PersonRef owner = d == Direction.INCOMING ? toPerson : fromPerson;
      if (!owner.isEmpty() && owners.add(owner.displayName() + "|" + owner.profileUrls())) {
        sink.owner(owner, source);
      }
      sink.invitation(
          new Invitation(
              fromPerson, toPerson, date, row.get(message), d, Platform.LINKEDIN, source));
      counter.used();
    }
    if (bareUrls > 0) {
      counter.note(
          Problem.note(
              new SourceRef(counter.file(), firstBare),
              Severity.INFO,
              bareUrls == 1
                  ? Message.of("problem.bare-profile-url.one")
                  : Message.of("problem.bare-profile-url", bareUrls)));
    }
  }

  /** LinkedIn's defective {@code https://www.linkedin.com/in} without a member part. */
  static boolean isBareProfileUrl(String url) {
    if (url.isEmpty() || !ProfileUrl.isBroken(url)) {
      return false;
    }
    String u = url.toLowerCase(Locale.ROOT);
    return u.endsWith("linkedin.com/in") || u.endsWith("linkedin.com/in/");
  }
}
