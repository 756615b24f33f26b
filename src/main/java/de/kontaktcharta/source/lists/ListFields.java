package de.kontaktcharta.source.lists;

import de.kontaktcharta.input.table.Field;
import java.util.List;

/**
 * The columns of the generic lists (contact lists, CRM sheets, invitation, meeting and interaction
 * lists) with their German and English header names, preferred first. Detection and reading use the
 * same names, so that a file is read the way it was recognised.
 */
public final class ListFields {

  public static final Field FIRST =
      Field.of(
          "first name", "vorname|first name|given name|firstname|first|rufname|forename|givenname");

  /**
   * Middle names, and the particles Google keeps there ("von" in Anton von Allmen): part of the
   * name.
   */
  public static final Field MIDDLE =
      Field.of(
          "middle name",
          "middle name|weitere vornamen|weiterer vorname|zweiter vorname|additional name"
              + "|middlename|middle|zweitname|2 vorname");

  public static final Field LAST =
      Field.of(
          "last name",
          "nachname|last name|family name|surname|lastname|familienname|last|zuname|familyname");
  public static final Field FULL =
      Field.of(
          "name",
          "name|full name|display name|anzeigename|kontakt|kontaktname|contact|contact name"
              + "|ansprechpartner|ansprechpartnerin|kontaktperson|person|file as");
  public static final Field COMPANY =
      Field.of(
          "company",
          "firma|company|unternehmen|organization|organisation|organization name"
              + "|organisation name|organization * - name|organisation * - name|company name"
              + "|firmenname|arbeitgeber"
              + "|employer|account name|institution");
  public static final Field POSITION =
      Field.of(
          "position",
          "job title|position|jobtitel|berufsbezeichnung|funktion|rolle|role|organization title"
              + "|organization * - title|organisation * - titel|arbeitstitel|occupation|beruf"
              + "|titel|title");
  public static final Field EMAIL =
      Field.repeated(
          "e-mail",
          "e-mail|email|e-mail address|email address|e-mail-adresse|e-mail adresse|mail"
              + "|e-mail * - value|e-mail * - wert|e-mail * address|e-mail * adresse|emails"
              + "|email addresses|e-mail-adressen|primary email|secondary email|work email"
              + "|primaere e-mail-adresse|sekundaere e-mail-adresse|geschaeftliche e-mail"
              + "|private e-mail");

  /** Phone numbers: Google's {@code Phone 1 - Value}, Outlook's many telephone columns. */
  public static final Field PHONE =
      Field.repeated(
          "phone",
          "telefon|phone|telefonnummer|phone number|mobil|mobile|handy|mobiltelefon|mobile phone"
              + "|mobilnummer|tel|telefon geschaeftlich|business phone|telefon privat|home phone"
              + "|telefon 2 geschaeftlich|business phone 2|weiteres telefon|other phone"
              + "|phone * - value|telefon * - wert|phone numbers|telefonnummern|whatsapp");

  /** An X (Twitter) account: {@code @name}, {@code name} or a link to the profile. */
  public static final Field X_ACCOUNT =
      Field.repeated(
          "x account",
          "twitter|x handle|x-handle|x account|x-konto|x-account|twitter handle|twitter-handle"
              + "|twitter account|twitter-konto|twitter-account|twitter name|x (twitter)"
              + "|twitter / x|twitter/x|x / twitter|x/twitter");

  /** A fediverse account: {@code @user@host} or a link to the profile. */
  public static final Field MASTODON_ACCOUNT =
      Field.repeated(
          "mastodon account",
          "mastodon|mastodon handle|mastodon-handle|mastodon account|mastodon-konto|fediverse"
              + "|fediverse handle");

  /** A Telegram account: {@code @name} or a {@code t.me} link. */
  public static final Field TELEGRAM_ACCOUNT =
      Field.repeated(
          "telegram account",
          "telegram|telegram handle|telegram-handle|telegram account|telegram-konto|telegram name"
              + "|telegram username");

  public static final Field PROFILE =
      Field.repeated(
          "profile",
          "profile url|profil|profil-url|profile|profile link|profillink|profil link|url"
              + "|xing|xing profil|xing-profil|xing url|xing link|xing profile|linkedin"
              + "|linkedin url|linkedin profil|linkedin profile|website|webseite|homepage"
              + "|web page|personal web page|website * - value|website * - wert|web page *"
              + "|webseite *|web");
  public static final Field SINCE =
      Field.of(
          "connected on",
          "kontakt seit|connected on|verbunden seit|verbunden am|connected since|contact since"
              + "|in kontakt seit|vernetzt seit|vernetzt am|hinzugefuegt|hinzugefuegt am|added"
              + "|added on|date added|erstellt|erstellt am|created|created on|angelegt"
              + "|angelegt am|seit|since");
  public static final Field PLATFORM =
      Field.of("platform", "plattform|platform|netzwerk|network|soziales netzwerk|quelle|source");

  /** The relation of a CRM row; only these names make a file a CRM list by themselves. */
  private static final String RELATION_NAMES =
      "beziehung|relation|relationship|beziehungstyp|geschaeftsbeziehung|kundenstatus"
          + "|kundentyp|kundenart|kundengruppe|customer type|customer status|account type"
          + "|lifecycle stage|lead status|kategorie|category|kontaktart|typ|type|art"
          + "|label|stage|phase|segment|status";

  public static final Field RELATION_STRICT = Field.of("relation", RELATION_NAMES);

  /**
   * Every relation column of a CRM row: exports often have two ("Kategorie: Kunde" beside "Status:
   * aktiv"), and which one holds the relation shows only in its values, which the charter reads.
   */
  public static final Field RELATION = Field.repeated("relation", RELATION_NAMES);

  public static final Field RELATION_DATE =
      Field.of(
          "date",
          "letzter kontakt|last contact|last contacted|last activity|last activity date"
              + "|letzte aktivitaet|zuletzt|datum|date|stand|aktualisiert|updated|last modified"
              + "|geaendert"
              + "|geaendert am|erstellt|erstellt am|created|created on|created at|angelegt"
              + "|angelegt am|kunde seit|customer since|seit|since|date created|create date");

  public static final Field FROM =
      Field.of(
          "from",
          "von|from|absender|absenderin|inviter|sender|eingeladen von|einladender"
              + "|einladende person|invited by");
  public static final Field TO =
      Field.of("to", "an|to|empfaenger|empfaengerin|recipient|invitee|eingeladen|eingeladene");
  public static final Field SENT =
      Field.of(
          "date",
          "datum|date|sent at|date sent|gesendet|gesendet am|erhalten|erhalten am|received"
              + "|received at|received on|empfangen|empfangen am|eingegangen|eingegangen am"
              + "|zeitpunkt|wann|when|sent|sent on");
  public static final Field MESSAGE =
      Field.of(
          "message",
          "nachricht|message|einladungstext|invitation text|text|anschreiben|mitteilung"
              + "|nachrichtentext|message text|invitation message");
  public static final Field DIRECTION = Field.of("direction", "richtung|direction");
  public static final Field STATUS = Field.of("status", "status|zustand|state");

  public static final Field PARTICIPANT =
      FULL.or(
          "teilnehmer|teilnehmerin|teilnehmende|participant|participants|attendee|attendees"
              + "|gespraechspartner|gespraechspartnerin|mit|with|wer|who|gast|gaeste|guest"
              + "|guests");
  public static final Field MEETING_DATE =
      Field.of(
          "date",
          "datum|date|meeting date|termin|termindatum|wann|when|tag|day|start|beginn"
              + "|start date|startdatum|am|zeitpunkt|getroffen am|met on|kontaktdatum"
              + "|contact date|interaction date");
  public static final Field TITLE =
      Field.of(
          "title",
          "titel|title|betreff|subject|thema|topic|anlass|occasion|meeting|besprechung|event"
              + "|veranstaltung|ereignis|gespraech|summary|was|what");
  public static final Field LOCATION =
      Field.of("location", "ort|location|place|wo|where|treffpunkt");

  /** The channel of an interaction; only these names make a file an interactions log. */
  public static final Field CHANNEL_STRICT =
      Field.of(
          "channel",
          "kanal|channel|medium|via|kontaktweg|kommunikationsweg|kommunikationskanal"
              + "|interaction type|interaktionstyp|interaktionsart|interaktion|interaction");

  public static final Field CHANNEL = CHANNEL_STRICT.or("plattform|platform|netzwerk|art|typ|type");
  public static final Field NOTE =
      Field.of(
          "note",
          "notiz|note|notes|notizen|bemerkung|bemerkungen|kommentar|comment|comments|inhalt"
              + "|content|beschreibung|description|zusammenfassung|summary|betreff|subject"
              + "|thema|topic|anlass");

  /** Columns that name a person in meeting and interaction lists. */
  public static final List<Field> PERSON_ANY = List.of(PARTICIPANT, FIRST, LAST, EMAIL, PROFILE);

  private ListFields() {}
}
