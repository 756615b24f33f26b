package de.kontaktcharta.source.vcard;

import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.text.TextBlocks;
import de.kontaktcharta.input.text.TextEncoding;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NameParts;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.lists.PersonColumns;
import de.kontaktcharta.source.lists.ProfileLinks;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Title;
import ezvcard.property.Url;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * vCard files (2.1, 3.0 and 4.0; one or many cards; QUOTED-PRINTABLE, UTF-8 and ISO-8859-1), read
 * with ez-vcard one card at a time. Each card is a person in the network — from XING, which only
 * gives single vCards, or from an address book. The file's own encoding is also the default for
 * quoted-printable values without a CHARSET, since one program wrote both.
 */
public final class VCardFileReader implements DocumentReader {

  /**
   * The properties the reader uses; warnings about others (a birthday) are not the user's concern.
   */
  private static final Set<String> USED =
      Set.of(
          "N",
          "FN",
          "ORG",
          "TITLE",
          "ROLE",
          "EMAIL",
          "URL",
          "X-SOCIALPROFILE",
          "VERSION",
          "TEL",
          "IMPP",
          "X-TWITTER");

  private static final Set<String> BINARY = Set.of("PHOTO", "LOGO", "SOUND", "KEY");

  /** The columns {@code charta check} shows for a vCard file. */
  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("name", "N, FN", -1),
        new ColumnUse("company", "ORG", -1),
        new ColumnUse("position", "TITLE, ROLE", -1),
        new ColumnUse("e-mail", "EMAIL", -1),
        new ColumnUse("profile", "URL, X-SOCIALPROFILE (LinkedIn, XING)", -1),
        new ColumnUse("phone", "TEL", -1),
        new ColumnUse(
            "handles", "X-TWITTER, IMPP, X-SOCIALPROFILE, URL (X, Mastodon, Telegram)", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    TextEncoding encoding = TextEncoding.byLabel(detection.encoding());
    try (Reader reader = encoding.reader(detection.file().open());
        TextBlocks blocks = new TextBlocks(reader, "VCARD", BINARY)) {
      TextBlocks.Block block;
      while ((block = blocks.next()) != null) {
        card(block, quotedPrintableDefault(encoding), counter, sink);
      }
      if (blocks.strayLines() > 0) {
        counter.note(
            Problem.note(
                new SourceRef(counter.file(), blocks.firstStrayLine()),
                Severity.WARNING,
                Message.of("problem.vcard-stray-line", blocks.strayLines())));
      }
    }
  }

  /** Quoted-printable bytes are never UTF-16; a UTF-16 file's QP values are taken as UTF-8. */
  private static Charset quotedPrintableDefault(TextEncoding encoding) {
    Charset charset = encoding.charset();
    return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
  }

  /**
   * Reads one card: parsed on its own, its warnings, an organisation's card, a card naming nobody,
   * then the person; kept in one piece so that each way a card is skipped is seen beside the
   * others.
   */
  private void card(TextBlocks.Block block, Charset charset, RowCounter counter, InputSink sink)
      throws IOException {
    int line = block.firstLine();
    if (block.tooLarge()) {
      counter.skip(line, Message.of("problem.vcard-too-large"));
      return;
    }
    QuotedPrintableValues.Result qp = QuotedPrintableValues.decode(block.lines(), charset);
    if (qp.brokenBreak() >= 0) {
      counter.note(line + qp.brokenBreak(), Message.of("problem.vcard-quoted-printable.break"));
    }
    if (qp.badEscape() >= 0) {
      counter.note(line + qp.badEscape(), Message.of("problem.vcard-quoted-printable.escape"));
    }
    VCard card;
    List<ParseWarning> warnings;
    try (VCardReader reader = new VCardReader(String.join("\r\n", qp.lines()) + "\r\n")) {
      reader.setDefaultQuotedPrintableCharset(charset);
      card = reader.readNext();
      warnings = reader.getWarnings();
    } catch (RuntimeException e) {
      counter.skip(line, Message.of("problem.vcard-broken.why", String.valueOf(e.getMessage())));
      return;
    }
    if (card == null) {
      counter.skip(line, Message.of("problem.vcard-broken"));
      return;
    }
    for (ParseWarning w : warnings) {
      String property = w.getPropertyName();
      if (property == null || USED.contains(property.toUpperCase(Locale.ROOT))) {
        int at = w.getLineNumber() == null ? line : line + w.getLineNumber() - 1;
        counter.note(at, Message.of("problem.vcard-line", clean(w.getMessage())));
      }
    }
    if (!block.terminated()) {
      counter.note(
          line, Message.of("problem.vcard-unterminated", String.valueOf(block.lastLine())));
    }
    if (isOrganisation(card)) {
      counter.skip(line, Severity.INFO, Message.of("problem.vcard-organisation"));
      return;
    }
    PersonRef person = person(card);
    // a number alone names nobody in the network; it only helps to recognise a named person
    if (person.displayName().isEmpty()
        && person.emails().isEmpty()
        && person.profileUrls().isEmpty()) {
      counter.skip(line, Message.of("problem.missing-person.card"));
      return;
    }
    sink.network(
        new NetworkEntry(person, null, platform(card, person), VCardKind.KIND, counter.at(line)));
    counter.used();
  }

  /**
   * vCard 4's {@code KIND:org}, Apple's {@code X-ABShowAs:COMPANY} (3.0 has no KIND), or a card
   * whose only name is its organisation's: Outlook repeats the company as {@code FN}, Evolution
   * leaves {@code N:;;;;} and {@code FN:} empty beside the {@code ORG}.
   */
  static boolean isOrganisation(VCard card) {
    if (card.getKind() != null && (card.getKind().isOrg() || card.getKind().isGroup())) {
      return true;
    }
    if (card.getExtendedProperties("X-ABSHOWAS").stream()
        .anyMatch(p -> "company".equalsIgnoreCase(TextFold.clean(p.getValue())))) {
      return true;
    }
    // Outlook's card of a company: no name parts, and the display name is the organisation's
    StructuredName n = card.getStructuredName();
    boolean noNameParts =
        n == null || (TextFold.isBlank(n.getFamily()) && TextFold.isBlank(n.getGiven()));
    String shown =
        card.getFormattedName() == null ? "" : TextFold.clean(card.getFormattedName().getValue());
    String organisation =
        card.getOrganization() == null || card.getOrganization().getValues().isEmpty()
            ? ""
            : TextFold.clean(card.getOrganization().getValues().get(0));
    return noNameParts
        && !organisation.isEmpty()
        && (shown.isEmpty() || shown.equalsIgnoreCase(organisation));
  }

  static PersonRef person(VCard card) {
    StructuredName n = card.getStructuredName();
    // additional names (N's third part) are middle names and Google's "von": part of the name
    String given =
        n == null
            ? ""
            : NameParts.withMiddle(n.getGiven(), String.join(" ", n.getAdditionalNames()));
    String family = n == null ? "" : TextFold.clean(n.getFamily());
    FormattedName fn = card.getFormattedName();
    String full = given.isEmpty() && family.isEmpty() && fn != null ? fn.getValue() : "";
    Organization org = card.getOrganization();
    String company = org == null || org.getValues().isEmpty() ? "" : org.getValues().get(0);
    String position = "";
    for (Title title : card.getTitles()) {
      position = position.isEmpty() ? TextFold.clean(title.getValue()) : position;
    }
    if (position.isEmpty() && !card.getRoles().isEmpty()) {
      position = TextFold.clean(card.getRoles().get(0).getValue());
    }
    List<String> emails = new ArrayList<>();
    for (Email email : card.getEmails()) {
      emails.addAll(PersonColumns.emails(email.getValue()));
    }
    return new PersonRef(given, family, full, company, position, emails, profiles(card))
        .withChannels(CardChannels.phones(card), CardChannels.handles(card));
  }

  private static List<String> profiles(VCard card) {
    List<String> out = new ArrayList<>();
    for (Url url : card.getUrls()) {
      out.addAll(ProfileLinks.inCell(url.getValue(), ""));
    }
    for (RawProperty p : card.getExtendedProperties()) {
      String name = p.getPropertyName().toUpperCase(Locale.ROOT);
      if (name.equals("X-SOCIALPROFILE")
          || name.equals("SOCIALPROFILE")
          || name.startsWith("X-XING")) {
        String type = String.join(" ", p.getParameters().getTypes()) + " " + name;
        out.addAll(ProfileLinks.inCell(p.getValue(), type));
      }
    }
    return out;
  }

  /** XING when the card was made by XING or links a XING profile. */
  private static Platform platform(VCard card, PersonRef person) {
    String product = card.getProductId() == null ? "" : card.getProductId().getValue();
    if (TextFold.fold(product).contains("xing")) {
      return Platform.XING;
    }
    return ProfileLinks.platformOf(person.profileUrls(), Platform.OTHER);
  }

  private static String clean(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
