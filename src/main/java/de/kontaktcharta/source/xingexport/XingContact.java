package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.SourceRef;
import java.util.Objects;

/**
 * One person in the owner's XING network, from the contacts file. XING gives the full name only: no
 * profile link, no e-mail address.
 *
 * @param name the full name as XING shows it
 * @param confirmedAt when the contact was confirmed, or null when the file leaves it empty (real
 *     exports have contacts without a date) or the date was not understood (then with a problem)
 * @param source file and line
 */
public record XingContact(String name, XingTime confirmedAt, SourceRef source) {

  public XingContact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
