package de.kontaktcharta.source;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.calendar.CalendarKind;
import de.kontaktcharta.source.contacts.ContactsKind;
import de.kontaktcharta.source.crm.CrmKind;
import de.kontaktcharta.source.interactions.InteractionsKind;
import de.kontaktcharta.source.invitations.InvitationsKind;
import de.kontaktcharta.source.ldif.LdifKind;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.source.mail.MailKind;
import de.kontaktcharta.source.mastodon.MastodonKind;
import de.kontaktcharta.source.meetings.MeetingsKind;
import de.kontaktcharta.source.meta.MetaKind;
import de.kontaktcharta.source.reasons.ReasonsKind;
import de.kontaktcharta.source.telegram.TelegramKind;
import de.kontaktcharta.source.vcard.VCardKind;
import de.kontaktcharta.source.whatsapp.WhatsAppKind;
import de.kontaktcharta.source.x.XArchiveKind;
import de.kontaktcharta.source.xingexport.XingExportKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The registry: every input kind the tool reads, in the order files are read and their people
 * merged (the sources that name people best first) — which is also the order in which signatures of
 * equal score are tried. Adding a kind is adding its line here.
 */
public final class SourceKinds {

  private static final SourceKinds STANDARD =
      new SourceKinds(
          join(
              LinkedInKinds.SOURCES,
              List.of(
                  VCardKind.SOURCE,
                  LdifKind.SOURCE,
                  ContactsKind.SOURCE,
                  XingExportKind.SOURCE,
                  InvitationsKind.SOURCE,
                  CrmKind.SOURCE,
                  CalendarKind.SOURCE,
                  MailKind.SOURCE,
                  WhatsAppKind.SOURCE,
                  TelegramKind.SOURCE,
                  XArchiveKind.SOURCE,
                  MetaKind.SOURCE,
                  MastodonKind.SOURCE,
                  MeetingsKind.SOURCE,
                  InteractionsKind.SOURCE,
                  ReasonsKind.SOURCE)));

  private final List<SourceKind> all;
  private final List<InputKind> kinds;

  public SourceKinds(List<SourceKind> all) {
    this.all = List.copyOf(all);
    this.kinds = this.all.stream().map(SourceKind::kind).toList();
    if (kinds.stream().map(InputKind::code).distinct().count() != kinds.size()) {
      throw new IllegalArgumentException("two kinds share a code: " + kinds);
    }
  }

  /** The kinds the tool reads. */
  public static SourceKinds standard() {
    return STANDARD;
  }

  public List<SourceKind> all() {
    return all;
  }

  /** The kinds in reading order. */
  public List<InputKind> kinds() {
    return kinds;
  }

  /** The kind of a code as the command line gives it, ignoring case. */
  public Optional<InputKind> byCode(String code) {
    String wanted = code.trim();
    return kinds.stream().filter(k -> k.code().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The description of a kind of this registry. */
  public SourceKind of(InputKind kind) {
    int i = kinds.indexOf(kind);
    if (i < 0) {
      throw new IllegalArgumentException("not a registered kind: " + kind);
    }
    return all.get(i);
  }

  /** Reading order: the registry's. */
  public Comparator<InputKind> order() {
    return Comparator.comparingInt(kinds::indexOf);
  }

  /** The header signatures of every table kind, in registry order. */
  public Signatures signatures() {
    List<Signature> signatures = new ArrayList<>();
    for (SourceKind s : all) {
      if (s instanceof TableKind table) {
        signatures.addAll(table.signatures());
      }
    }
    return new Signatures(signatures);
  }

  /** The document kinds, each recognised by its first line. */
  public List<DocumentKind> documents() {
    List<DocumentKind> documents = new ArrayList<>();
    for (SourceKind s : all) {
      if (s instanceof DocumentKind document) {
        documents.add(document);
      }
    }
    return documents;
  }

  /** The kinds recognised by a test of a file's first bytes, in registry order. */
  public List<ContentKind> contents() {
    List<ContentKind> contents = new ArrayList<>();
    for (SourceKind s : all) {
      if (s instanceof ContentKind content) {
        contents.add(content);
      }
    }
    return contents;
  }

  /** The table kinds that take a second look at tables other kinds' signatures matched. */
  public List<TableKind> takingOver() {
    List<TableKind> looking = new ArrayList<>();
    for (SourceKind s : all) {
      if (s instanceof TableKind table && table.takeOver() != null) {
        looking.add(table);
      }
    }
    return looking;
  }

  /** The kind other text files of a data archive are read as, if any. */
  public Optional<InputKind> archiveMember() {
    return kinds.stream().filter(k -> k.has(InputKind.Trait.ARCHIVE_MEMBER)).findFirst();
  }

  private static List<SourceKind> join(List<SourceKind> first, List<SourceKind> rest) {
    List<SourceKind> all = new ArrayList<>(first);
    all.addAll(rest);
    return all;
  }
}
