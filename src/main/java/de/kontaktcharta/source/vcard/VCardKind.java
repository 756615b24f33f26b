package de.kontaktcharta.source.vcard;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputKind.Role;
import de.kontaktcharta.model.InputKind.Trait;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.DocumentKind;
import java.util.Set;

/** vCards from XING and address books: people in the network. */
public final class VCardKind {

  public static final InputKind KIND =
      new InputKind("vcard", Role.NETWORK, Set.of(Trait.KNOWS_COMPANY_AND_POSITION));

  public static final DocumentKind SOURCE =
      new DocumentKind(KIND, "BEGIN:VCARD", new VCardFileReader(), Message.of("cause.no-cards"));

  private VCardKind() {}
}
