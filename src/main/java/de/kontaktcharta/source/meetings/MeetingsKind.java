package de.kontaktcharta.source.meetings;

import static de.kontaktcharta.source.lists.ListFields.LOCATION;
import static de.kontaktcharta.source.lists.ListFields.MEETING_DATE;
import static de.kontaktcharta.source.lists.ListFields.PERSON_ANY;
import static de.kontaktcharta.source.lists.ListFields.TITLE;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.source.Signature;
import de.kontaktcharta.source.TableKind;
import java.util.List;

/** Lists of meetings: who, when, and a title or place. */
public final class MeetingsKind {

  public static final InputKind KIND = new InputKind("meetings", Role.EVIDENCE);

  public static final TableKind SOURCE =
      TableKind.read(
          KIND,
          List.of(
              Signature.ofFields(
                  KIND, 3, List.of(PERSON_ANY, List.of(MEETING_DATE), List.of(TITLE, LOCATION))),
              Signature.forcedOnly(KIND, List.of(PERSON_ANY, List.of(MEETING_DATE)))),
          MeetingListReader::new);

  private MeetingsKind() {}
}
