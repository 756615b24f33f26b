package de.kontaktcharta.bench;

import java.util.List;
import java.util.Random;

/**
 * Message and invitation texts: ordinary German and English sentences with, now and then, the
 * wording the charter looks for (meetings, business interest, posts, stock phrases, pitches, group
 * membership, one-off questions, the platform's default text).
 */
final class TextMix {

  enum Kind {
    ORDINARY,
    MET,
    PROSPECT,
    PROFILE,
    STOCK,
    PITCH,
    GROUP,
    QUESTION,
    DEFAULT
  }

  private static final List<String> ORDINARY_DE =
      List.of(
          "vielen Dank für die schnelle Rückmeldung.",
          "anbei wie besprochen die Unterlagen.",
          "ich melde mich nächste Woche noch einmal bei Ihnen.",
          "das klingt gut, so machen wir es.",
          "hier ist der Link zur Präsentation: https://example.org/folien",
          "leider schaffe ich es diese Woche nicht mehr.",
          "wie sieht es bei Ihnen am Donnerstag aus?",
          "ich habe das mit dem Team besprochen, wir sind dabei.",
          "schöne Grüße aus Köln und ein gutes Wochenende!",
          "die Zahlen für das dritte Quartal sehen ordentlich aus.",
          "können wir den Termin um eine halbe Stunde verschieben?",
          "danke, das hilft mir sehr weiter.",
          "ich bin ab Montag wieder im Büro.",
          "super, freut mich zu hören 🙂",
          "gern, ich schicke dir die Datei heute Abend.");

  private static final List<String> ORDINARY_EN =
      List.of(
          "thanks for getting back to me so quickly.",
          "attached are the documents we talked about.",
          "I'll follow up with you next week.",
          "sounds good, let's do it that way.",
          "here is the link to the slides: https://example.com/deck",
          "unfortunately I won't make it this week.",
          "does Thursday work for you?",
          "I discussed it with the team and we're in.",
          "have a great weekend!",
          "the Q3 numbers look solid.",
          "congrats on the new role! 🎉",
          "thanks, that really helps.",
          "I'm back in the office on Monday.",
          "great to hear, thanks for the update.",
          "sure, I'll send the file over tonight.");

  private static final List<List<String>> WORDING =
      List.of(
          List.of(),
          List.of(
              "Schön, dass wir uns auf der Konferenz in Berlin getroffen haben.",
              "Wir haben uns gestern auf der Messe kennengelernt.",
              "Danke für unser Gespräch beim Meetup!",
              "Great to meet you at the conference last week.",
              "It was a pleasure meeting you in Hamburg.",
              "Looking forward to meeting you next Tuesday."),
          List.of(
              "Wir würden Sie gern mit dem Projekt beauftragen, können Sie uns ein Angebot schicken?",
              "Wir haben ein Budget für das Frühjahr eingeplant.",
              "Could you send me a quote for the workshop?",
              "We would love to work with you on the relaunch.",
              "Please share your pricing for the training."),
          List.of(
              "Ich habe Ihren Artikel über Kontaktpflege gelesen und fand ihn sehr hilfreich.",
              "Ihr Vortrag auf der re:publica hat mich beeindruckt.",
              "I really enjoyed your post about networking etiquette.",
              "I read your article on social media policies."),
          List.of(
              "Kontakte schaden nur dem, der keine hat!",
              "Kontakte schaden nur denen, die keine haben.",
              "Ihr Profil ist interessant, ich möchte Synergien in der Zukunft nicht ausschließen.",
              "XING behauptet, dass wir uns kennen könnten.",
              "Ich bin durch eine Internetrecherche auf Ihre Seite aufmerksam geworden.",
              "You can never have too many contacts."),
          List.of(
              "Ich biete Ihnen eine echte Win-Win-Situation und gigantische Vertriebserfolge.",
              "Kostenloses Erstgespräch zur Altersvorsorge und Vermögensaufbau – melden Sie sich!",
              "I have an exciting opportunity for you at a fast-growing start-up.",
              "Discover passive income and financial freedom – book a call today.",
              "Spannende Position als Teamleiter, sind Sie offen für eine neue Herausforderung?"),
          List.of(
              "Wie ich lese, sind Sie auch in der Gruppe Social Media Berlin.",
              "Ich habe gesehen, dass wir beide Mitglied in der XING-Gruppe Kommunikation sind – wollen wir uns direkt vernetzen?",
              "We are both members of the same group on LinkedIn."),
          List.of(
              "Kurze Frage: Könnten Sie mir die Kontaktdaten Ihrer Personalabteilung schicken?",
              "Quick question: could you introduce me to your CTO?",
              "Can you send me the slides from your talk?",
              "Würden Sie mir Ihre Preisliste zusenden?"),
          List.of(
              "I'd like to add you to my professional network on LinkedIn.",
              "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
              "Hallo, ich würde mich gerne mit Ihnen vernetzen.",
              "Let's connect!"));

  private final Random random;

  TextMix(Random random) {
    this.random = random;
  }

  /** A sentence with the wording of a kind. */
  String wording(Kind kind) {
    List<String> list = WORDING.get(kind.ordinal());
    return list.isEmpty() ? ordinary(random.nextBoolean()) : list.get(random.nextInt(list.size()));
  }

  String ordinary(boolean german) {
    List<String> list = german ? ORDINARY_DE : ORDINARY_EN;
    String s = list.get(random.nextInt(list.size()));
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A chat message: a greeting, a few ordinary sentences and perhaps one with charter wording. Real
   * bodies reach the export with line breaks collapsed to double spaces.
   */
  String message(String toFirstName, Kind kind) {
    return message(toFirstName, kind, Preset.STANDARD);
  }

  /** A chat message with as many sentences as the preset gives. */
  String message(String toFirstName, Kind kind, Preset preset) {
    boolean german = random.nextDouble() < 0.55;
    StringBuilder out = new StringBuilder(200);
    if (random.nextDouble() < 0.4) {
      out.append(german ? "Hallo " : "Hi ").append(toFirstName).append(",  ");
    }
    int sentences = preset.fewestSentences() + random.nextInt(preset.moreSentences());
    int at = kind == Kind.ORDINARY ? -1 : random.nextInt(sentences);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(random.nextDouble() < 0.25 ? "  " : " ");
      }
      out.append(i == at ? wording(kind) : ordinary(german));
    }
    if (random.nextDouble() < 0.02) {
      out.append("\u00a0").append(german ? "VG" : "Best");
    }
    return out.toString();
  }

  /** A body as LinkedIn's editor stores it in HTML. */
  static String html(String text) {
    String p = "<p class=\"spinmail-quill-editor__spin-break\">";
    return p + text.replace("&", "&amp;").replace("  ", "</p>" + p + "<br></p>" + p) + "</p>";
  }
}
