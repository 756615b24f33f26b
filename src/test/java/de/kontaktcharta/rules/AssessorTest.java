package de.kontaktcharta.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.charter.CharterLoader;
import de.kontaktcharta.identity.Keys;
import de.kontaktcharta.identity.Network;
import de.kontaktcharta.identity.NetworkBuilder;
import de.kontaktcharta.model.Assessment;
import de.kontaktcharta.model.ContactAssessment;
import de.kontaktcharta.model.Decision;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Direction;
import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.InvitationAssessment;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.Recommendation;
import de.kontaktcharta.model.RecommendationFact;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Review;
import de.kontaktcharta.model.Signal;
import de.kontaktcharta.model.SignalHit;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Status;
import de.kontaktcharta.model.Strength;
import de.kontaktcharta.source.contacts.ContactsKind;
import de.kontaktcharta.source.linkedin.LinkedInKinds;
import de.kontaktcharta.source.vcard.VCardKind;
import de.kontaktcharta.testing.English;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The charter's verdicts (docs/design.md §4) on small hand-built networks. */
class AssessorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final PersonRef OWNER =
      PersonRef.named("Katrin Albers", "https://www.linkedin.com/in/katrin-albers");

  private final TextRules rules = new TextRules(new CharterLoader().loadDefault());
  private final List<Problem> problems = new ArrayList<>();
  private final EvidenceCollector evidence = new EvidenceCollector(rules, problems::add);
  private final List<NetworkEntry> network = new ArrayList<>();
  private final List<Invitation> invitations = new ArrayList<>();
  private int line = 1;

  private SourceRef next(String file) {
    return new SourceRef(file, ++line);
  }

  private PersonRef connection(
      String first, String last, String company, String position, String slug) {
    PersonRef person =
        new PersonRef(
            first,
            last,
            "",
            company,
            position,
            List.of(),
            List.of("https://www.linkedin.com/in/" + slug));
    network.add(
        new NetworkEntry(
            person,
            LocalDate.of(2020, 1, 1),
            Platform.LINKEDIN,
            LinkedInKinds.CONNECTIONS,
            next("Connections.csv")));
    return person;
  }

  private void message(PersonRef from, PersonRef to, LocalDate date, String text) {
    evidence.fact(MessageFact.linkedIn(from, List.of(to), date, text, next("messages.csv")));
  }

  private Invitation incoming(String name, String slug, String text, Platform platform) {
    Invitation i =
        new Invitation(
            PersonRef.named(name, slug.isEmpty() ? "" : "https://www.linkedin.com/in/" + slug),
            OWNER,
            TODAY.minusDays(3),
            text,
            Direction.INCOMING,
            platform,
            next("Invitations.csv"));
    invitations.add(i);
    evidence.invitationText(i);
    return i;
  }

  private Assessment assess(List<ManualFact> manual) {
    NetworkBuilder builder =
        new NetworkBuilder(List.of(OWNER), problems::add, Keys.forRegion("DE"));
    network.forEach(builder::add);
    Network built = builder.build();
    return new Assessor(rules)
        .assess(built, invitations, evidence.finish(List.of(OWNER), TODAY), manual, TODAY);
  }

  private Assessment assess() {
    return assess(List.of());
  }

  private static ContactAssessment contact(Assessment a, String name) {
    return a.contacts().stream()
        .filter(c -> c.contact().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static InvitationAssessment invitation(Assessment a, String name) {
    return a.invitations().stream()
        .filter(i -> i.invitation().from().displayName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Set<Signal> signals(List<SignalHit> hits) {
    return hits.stream().map(SignalHit::signal).collect(Collectors.toSet());
  }

  @Test
  void twoWayMessagesAboveTheThresholdAreStrongExchange() {
    PersonRef anna = connection("Anna", "Berg", "Acme", "CTO", "anna-berg");
    PersonRef ben = connection("Ben", "Kurz", "Acme", "Dev", "ben-kurz");
    PersonRef olaf = connection("Olaf", "Alt", "Acme", "Dev", "olaf-alt");
    for (int i = 0; i < 3; i++) {
      message(anna, OWNER, TODAY.minusDays(10 + i), "Hallo");
      message(OWNER, anna, TODAY.minusDays(10 + i), "Hallo zurück");
    }
    message(ben, OWNER, TODAY.minusDays(5), "Frage");
    message(OWNER, ben, TODAY.minusDays(4), "Antwort");
    message(olaf, OWNER, TODAY.minusDays(800), "alt");
    message(OWNER, olaf, TODAY.minusDays(799), "alt");
    Assessment a = assess();
    ContactAssessment annaVerdict = contact(a, "Anna Berg");
    assertEquals(Status.JUSTIFIED, annaVerdict.status());
    Evidence strongest = annaVerdict.strongest().orElseThrow();
    assertEquals(ReasonCode.EXCHANGE, strongest.reason());
    assertEquals(Strength.STRONG, strongest.strength());
    assertEquals("messages.csv", strongest.source().file());
    assertEquals(TODAY.minusDays(10), annaVerdict.lastInteraction());
    assertEquals(Status.WEAK, contact(a, "Ben Kurz").status());
    ContactAssessment old = contact(a, "Olaf Alt");
    assertEquals(Status.NO_REASON, old.status(), "an exchange outside the window has expired");
    assertTrue(old.evidence().get(0).expired());
  }

  @Test
  void recipientsNamedWithoutALinkCountForThePersonWithThatName() {
    // messages.csv of 2022: TO has names only, there is no RECIPIENT PROFILE URLS column
    PersonRef anna = connection("Anna", "Berg", "Acme", "CTO", "anna-berg");
    PersonRef ownerByName = PersonRef.named("Katrin Albers");
    PersonRef annaByName = PersonRef.named("Anna Berg");
    for (int i = 0; i < 3; i++) {
      message(anna, ownerByName, TODAY.minusDays(10 + i), "Hallo");
      message(OWNER, annaByName, TODAY.minusDays(10 + i), "Hallo zurück");
    }
    Evidence exchange = contact(assess(), "Anna Berg").strongest().orElseThrow();
    assertEquals(ReasonCode.EXCHANGE, exchange.reason());
    assertEquals(Strength.STRONG, exchange.strength());
    assertEquals(
        Detail.of(
            "exchange.channel",
            Detail.label("channel.LINKEDIN"),
            3,
            3,
            3,
            3,
            TODAY.minusDays(12),
            TODAY.minusDays(10),
            3,
            3),
        exchange.detail());
  }

  @Test
  void aNameWithoutALinkIsNotGivenToOneOfTwoLinkedPeopleOfThatName() {
    PersonRef first = connection("Max", "Muster", "Acme", "CTO", "max-muster-1");
    PersonRef second = connection("Max", "Muster", "Beta", "CEO", "max-muster-2");
    PersonRef byName = PersonRef.named("Max Muster");
    for (int i = 0; i < 3; i++) {
      message(first, OWNER, TODAY.minusDays(10 + i), "Hallo");
      message(second, OWNER, TODAY.minusDays(10 + i), "Hallo");
      message(OWNER, byName, TODAY.minusDays(10 + i), "Hallo zurück");
    }
    Assessment a = assess();
    for (ContactAssessment max : a.contacts()) {
      if (max.contact().name().equals("Max Muster")) {
        assertEquals(Status.NO_REASON, max.status(), max.evidence().toString());
      }
    }
  }

  @Test
  void oneWayMessagesAreNoExchange() {
    PersonRef recruiter = connection("Rita", "Sourcer", "Hunt GmbH", "Recruiter", "rita");
    for (int i = 0; i < 5; i++) {
      message(recruiter, OWNER, TODAY.minusDays(i), "Spannende Position!");
    }
    ContactAssessment rita = contact(assess(), "Rita Sourcer");
    assertEquals(Status.NO_REASON, rita.status());
    assertTrue(
        signals(rita.signals()).containsAll(Set.of(Signal.NO_REASON, Signal.SALES_PITCH)),
        rita.signals().toString());
  }

  @Test
  void endorsementsCountAgainstTheThresholdAndRecommendationsAreStrong() {
    PersonRef many = connection("Mia", "Viel", "X", "Y", "mia");
    PersonRef one = connection("Ole", "Einmal", "X", "Y", "ole");
    PersonRef writer = connection("Rolf", "Schreiber", "X", "Y", "rolf");
    for (String skill : List.of("DSGVO", "Datenschutz", "Audit")) {
      evidence.fact(
          new EndorsementFact(
              PersonRef.named("", "www.linkedin.com/in/mia"),
              skill,
              TODAY.minusDays(30),
              next("Endorsement_Received_Info.csv")));
    }
    evidence.fact(
        new EndorsementFact(
            one, "DSGVO", TODAY.minusDays(30), next("Endorsement_Received_Info.csv")));
    evidence.fact(
        new RecommendationFact(
            new PersonRef("Rolf", "Schreiber", "", "X", "", List.of(), List.of()),
            "Sehr gute Beraterin",
            TODAY.minusDays(400),
            next("Recommendations_Received.csv")));
    Assessment a = assess();
    assertEquals(Status.JUSTIFIED, contact(a, "Mia Viel").status());
    assertEquals(Status.WEAK, contact(a, "Ole Einmal").status());
    assertEquals(Status.JUSTIFIED, contact(a, "Rolf Schreiber").status());
    assertEquals(
        Detail.of("endorsements", 3, "DSGVO, Datenschutz, Audit"),
        contact(a, "Mia Viel").strongest().orElseThrow().detail());
  }

  @Test
  void crmRowsGiveClientAndAgingProspects() {
    connection("Karl", "Kunde", "Kunde AG", "CEO", "karl");
    connection("Petra", "Pro", "Pro GmbH", "CFO", "petra");
    connection("Otto", "Oldlead", "Old GmbH", "CFO", "otto");
    connection("Fritz", "Firma", "Partner Werke GmbH", "Dev", "fritz");
    evidence.fact(
        new RelationFact(
            new PersonRef("Karl", "Kunde", "", "Kunde AG", "", List.of(), List.of()),
            "Kunde",
            null,
            next("kunden.csv")));
    evidence.fact(
        new RelationFact(
            new PersonRef("Petra", "Pro", "", "", "", List.of(), List.of()),
            "Interessent",
            TODAY.minusDays(20),
            next("kunden.csv")));
    evidence.fact(
        new RelationFact(
            new PersonRef("Otto", "Oldlead", "", "", "", List.of(), List.of()),
            "Interessent",
            TODAY.minusDays(400),
            next("kunden.csv")));
    evidence.fact(
        new RelationFact(
            new PersonRef("", "", "", "Partner Werke AG", "", List.of(), List.of()),
            "Partner",
            null,
            next("kunden.csv")));
    evidence.fact(
        new RelationFact(
            new PersonRef("Xaver", "Niemand", "", "", "", List.of(), List.of()),
            "Sonstiges",
            null,
            next("kunden.csv")));
    Assessment a = assess();
    assertEquals(Status.JUSTIFIED, contact(a, "Karl Kunde").status());
    assertEquals(Status.JUSTIFIED, contact(a, "Petra Pro").status());
    ContactAssessment otto = contact(a, "Otto Oldlead");
    assertEquals(Status.NO_REASON, otto.status());
    assertTrue(
        otto.evidence().get(0).expired(), "a prospect older than prospect_valid_days expires");
    assertEquals(Status.WEAK, contact(a, "Fritz Firma").status(), "a company-only CRM row is weak");
    assertTrue(problems.stream().anyMatch(p -> p.code().equals("relation-unknown")));
  }

  @ParameterizedTest
  @CsvSource({
    "'Kunde | aktiv', CLIENT",
    "'aktiv | Kunde', CLIENT",
    "'Interessent | offen', PROSPECT",
    "'kein Kunde', ",
    "'not a customer', ",
    "'kein Kunde | Partner', CLIENT",
    "'Non-Profit-Partner', CLIENT"
  })
  void everyRelationColumnIsReadAndANegatedValueMeansNone(String relation, ReasonCode expected) {
    connection("Jörg", "Jäger", "Jäger Holzbau", "Inhaber", "joerg");
    evidence.fact(
        new RelationFact(
            new PersonRef("Jörg", "Jäger", "", "", "", List.of(), List.of()),
            relation,
            TODAY.minusDays(5),
            next("crm.csv")));
    List<ReasonCode> reasons =
        contact(assess(), "Jörg Jäger").evidence().stream().map(Evidence::reason).toList();
    assertEquals(expected == null ? List.of() : List.of(expected), reasons);
  }

  @Test
  void meetingsInThePastOrSoonAreMetAndLaterOnesAreNot() {
    connection("Eva", "Past", "X", "Y", "eva");
    connection("Sam", "Soon", "X", "Y", "sam");
    connection("Leo", "Later", "X", "Y", "leo");
    evidence.fact(
        new MeetingFact(
            List.of(PersonRef.named("Eva Past"), OWNER),
            TODAY.minusDays(500),
            "Workshop",
            next("termine.ics")));
    evidence.fact(
        new MeetingFact(
            List.of(PersonRef.named("Sam Soon")),
            TODAY.plusDays(12),
            "Kaffee",
            next("termine.ics")));
    evidence.fact(
        new MeetingFact(
            List.of(PersonRef.named("Leo Later")),
            TODAY.plusDays(90),
            "Messe",
            next("termine.ics")));
    Assessment a = assess();
    assertEquals(Status.JUSTIFIED, contact(a, "Eva Past").status());
    assertEquals(Status.JUSTIFIED, contact(a, "Sam Soon").status());
    assertEquals(Status.NO_REASON, contact(a, "Leo Later").status());
  }

  @Test
  void interactionsNamingOneContactDifferentlyAreCountedTogether() {
    // one row names her by e-mail only, two by name only, one by her profile: no key is shared
    // among the rows, but all four are hers once they are matched to the network
    PersonRef karin =
        new PersonRef(
            "Karin",
            "Ohm",
            "",
            "Acme",
            "CTO",
            List.of("karin@ohm.example"),
            List.of("https://www.linkedin.com/in/karin-ohm"));
    network.add(
        new NetworkEntry(
            karin,
            LocalDate.of(2020, 1, 1),
            Platform.LINKEDIN,
            LinkedInKinds.CONNECTIONS,
            next("Connections.csv")));
    List<PersonRef> named =
        List.of(
            new PersonRef("", "", "", "", "", List.of("karin@ohm.example"), List.of()),
            PersonRef.named("Karin Ohm"),
            PersonRef.named("Ohm, Karin"));
    for (int i = 0; i < named.size(); i++) {
      evidence.fact(
          new InteractionFact(
              named.get(i), "Telefon", TODAY.minusDays(10 + i), "", next("austausch.csv")));
    }
    List<Evidence> exchange =
        contact(assess(), "Karin Ohm").evidence().stream()
            .filter(e -> e.reason() == ReasonCode.EXCHANGE)
            .toList();
    assertEquals(1, exchange.size(), exchange::toString);
    assertEquals(Strength.STRONG, exchange.get(0).strength());
    assertEquals(Detail.of("exchange.interactions", 3, "Telefon", 3), exchange.get(0).detail());
  }

  @Test
  void interactionsCountWithinTheWindow() {
    connection("Ines", "Intensiv", "X", "Y", "ines");
    connection("Willi", "Wenig", "X", "Y", "willi");
    for (int i = 0; i < 3; i++) {
      evidence.fact(
          new InteractionFact(
              PersonRef.named("Ines Intensiv"),
              "Mastodon",
              TODAY.minusDays(20 * i + 1),
              "",
              next("austausch.csv")));
    }
    evidence.fact(
        new InteractionFact(
            PersonRef.named("Willi Wenig"),
            "Telefon",
            TODAY.minusDays(3),
            "",
            next("austausch.csv")));
    Assessment a = assess();
    assertEquals(Status.JUSTIFIED, contact(a, "Ines Intensiv").status());
    assertEquals(Status.WEAK, contact(a, "Willi Wenig").status());
  }

  @Test
  void aNameThatFitsTwoContactsIsReportedNotGuessed() {
    connection("Thomas", "Müller", "A GmbH", "Dev", "thomas-a");
    connection("Thomas", "Müller", "B GmbH", "Dev", "thomas-b");
    evidence.fact(
        new InteractionFact(
            PersonRef.named("Thomas Mueller"),
            "Telefon",
            TODAY.minusDays(3),
            "",
            next("austausch.csv")));
    Assessment a = assess();
    assertEquals(2, a.contacts().size());
    assertTrue(a.contacts().stream().allMatch(c -> c.status() == Status.NO_REASON));
    assertTrue(
        a.problems().stream()
            .anyMatch(
                p ->
                    p.code().equals("ambiguous-name") && p.source().file().equals("austausch.csv")),
        a.problems().toString());
  }

  @Test
  void manualEntriesAreStrongAndCarryDecisions() {
    PersonRef nora = connection("Nora", "Notiz", "X", "Y", "nora");
    Assessment first = assess();
    String id = contact(first, "Nora Notiz").contact().id();
    ManualFact byId =
        new ManualFact(
            new Review(
                id, "", "Nora Notiz", ReasonCode.MET, Decision.KEEP, "Konferenz 2019", TODAY),
            nora,
            new SourceRef("reasons.csv", 2));
    ManualFact unknown =
        new ManualFact(
            new Review(
                "C-0000000000",
                "url:linkedin.com/in/gone",
                "Weg Gegangen",
                ReasonCode.CLIENT,
                null,
                "",
                TODAY),
            PersonRef.named("Weg Gegangen"),
            new SourceRef("reasons.csv", 3));
    Assessment a = assess(List.of(byId, unknown));
    ContactAssessment verdict = contact(a, "Nora Notiz");
    assertEquals(Status.JUSTIFIED, verdict.status());
    assertEquals(ReasonCode.MANUAL, verdict.strongest().orElseThrow().reason());
    assertEquals(Decision.KEEP, verdict.review().decision());
    assertEquals(List.of(unknown), a.unmatchedManual());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "stock phrase|Hallo, Kontakte schaden nur dem, der keine hat!|DECLINE|STOCK_PHRASE",
        "reworded stock phrase|Kontakte schaden nur denen, die keine haben!|DECLINE|STOCK_PHRASE",
        "long stock phrase|Kontakte schaden nur demjenigen, der keine hat – und ich vernetze mich gern mit interessanten Menschen aus allen Branchen.|DECLINE|STOCK_PHRASE",
        "singular stock phrase|Ein Kontakt schadet nur dem, der keinen hat.|DECLINE|STOCK_PHRASE",
        "english stock phrase|Contacts only harm those who don't have any.|DECLINE|STOCK_PHRASE",
        "profile very interesting|Ihr Profil ist sehr interessant.|DECLINE|STOCK_PHRASE",
        "interesting profile|Ich bin auf Ihr interessantes Profil gestoßen und würde mich freuen, wenn wir uns vernetzen.|DECLINE|STOCK_PHRASE",
        "found profile interesting|I found your profile interesting and would like to connect.|DECLINE|STOCK_PHRASE",
        "recruiter pitch|Ich habe spannende Positionen für Sie.|DECLINE|SALES_PITCH",
        "finance pitch|Altersvorsorge und Vermögensaufbau – eine Win-Win-Situation|DECLINE|SALES_PITCH",
        "pitch in compounds|Finanzplanung für Unternehmerinnen ist mein Spezialgebiet – von der Berufsunfähigkeitsversicherung bis zur Altersvorsorge.|DECLINE|SALES_PITCH",
        "compound as an employer|Ich arbeite bei einer Transportversicherung und habe Ihren Vortrag über Lagerbrände gehört.|REVIEW|",
        "group only|Wie ich lese, sind Sie auch in der Gruppe Datenschutz Hamburg.|DECLINE|GROUP_ONLY",
        "question|Könnten Sie mir kurz sagen, ob die Stelle als Disponentin noch frei ist?|DECLINE|MESSAGE_WOULD_DO",
        "question about her seminar|Könnten Sie mir kurz sagen, ob Ihr Seminar noch Plätze hat?|REVIEW|MESSAGE_WOULD_DO",
        "empty text on LinkedIn|''|DECLINE|NO_BACKGROUND",
        "platform default|I'd like to add you to my professional network on LinkedIn.|DECLINE|NO_BACKGROUND",
        "article read|Ich habe Ihren Artikel über Auftragsverarbeitung gelesen und fand ihn sehr hilfreich.|REVIEW|",
        "met at conference|Schön, dass wir uns auf der Konferenz kennengelernt haben.|REVIEW|",
        "personal text|Wir arbeiten beide an Datenschutzkonzepten für Kliniken in Norddeutschland und ich würde gerne Erfahrungen austauschen.|REVIEW|NO_REASON",
      })
  void invitationsGetTheCharterRecommendation(
      String name, String text, Recommendation expected, String signal) {
    incoming("Iris Invite", "iris", text, Platform.LINKEDIN);
    InvitationAssessment verdict = invitation(assess(), "Iris Invite");
    assertEquals(expected, verdict.recommendation(), () -> name + ": " + verdict);
    if (signal != null) {
      assertTrue(
          signals(verdict.signals()).contains(Signal.valueOf(signal)),
          () -> name + ": " + verdict.signals());
    }
  }

  @Test
  void anEmptyXingTextIsNoSignalByItself() {
    incoming("Xaver Xing", "", "", Platform.XING);
    InvitationAssessment verdict = invitation(assess(), "Xaver Xing");
    assertFalse(signals(verdict.signals()).contains(Signal.NO_BACKGROUND));
    assertEquals(Set.of(Signal.NO_REASON), signals(verdict.signals()));
  }

  @Test
  void aStrongReasonAcceptsAndAHardSignalMakesItAConflict() {
    PersonRef calm = PersonRef.named("Clara Calm", "https://www.linkedin.com/in/clara");
    PersonRef pushy = PersonRef.named("Paul Pushy", "https://www.linkedin.com/in/paul");
    for (PersonRef p : List.of(calm, pushy)) {
      for (int i = 0; i < 3; i++) {
        message(p, OWNER, TODAY.minusDays(i + 1), "Hallo");
        message(OWNER, p, TODAY.minusDays(i + 1), "Hallo");
      }
    }
    incoming(
        "Clara Calm",
        "clara",
        "Danke für den guten Austausch der letzten Wochen.",
        Platform.LINKEDIN);
    incoming(
        "Paul Pushy",
        "paul",
        "Danke! PS: Kontakte schaden nur dem, der keine hat.",
        Platform.LINKEDIN);
    Assessment a = assess();
    assertEquals(Recommendation.ACCEPT, invitation(a, "Clara Calm").recommendation());
    InvitationAssessment conflict = invitation(a, "Paul Pushy");
    assertEquals(Recommendation.REVIEW, conflict.recommendation());
    assertEquals("review.conflict", conflict.rule());
  }

  @Test
  void anInviterWhoIsAlreadyAContactIsNoOpenInvitation() {
    connection("Alma", "Angenommen", "X", "Y", "alma");
    incoming(
        "Alma Angenommen", "alma", "Kontakte schaden nur dem, der keine hat", Platform.LINKEDIN);
    Assessment a = assess();
    assertTrue(a.invitations().isEmpty());
    assertEquals(1, a.accepted().size());
    assertTrue(
        signals(contact(a, "Alma Angenommen").signals()).contains(Signal.STOCK_PHRASE),
        "accepted texts warn on the contact");
  }

  @Test
  void poorProfilesAreFlagged() {
    incoming("MAX123 MUSTER", "max", "Hallo", Platform.LINKEDIN);
    incoming("LinkedIn Member", "", "", Platform.LINKEDIN);
    Assessment a = assess();
    assertTrue(signals(invitation(a, "MAX123 MUSTER").signals()).contains(Signal.PROFILE_POOR));
    assertTrue(signals(invitation(a, "LinkedIn Member").signals()).contains(Signal.PROFILE_POOR));
  }

  @Test
  void anAddressBookEntryWithoutANameIsAPoorProfile() {
    PersonRef mailbox =
        new PersonRef(
            "", "", "", "Nur Firma GmbH", "", List.of("info@nurfirma.example"), List.of());
    network.add(new NetworkEntry(mailbox, null, Platform.OTHER, ContactsKind.KIND, next("k.csv")));
    ContactAssessment c = assess().contacts().get(0);
    List<SignalHit> poor =
        c.signals().stream().filter(h -> h.signal() == Signal.PROFILE_POOR).toList();
    assertEquals(1, poor.size(), c.signals().toString());
    assertEquals(Detail.of("poor.noname"), poor.get(0).detail());
  }

  @Test
  void evidenceAboutNobodyInTheNetworkIsNamedOnProblems() {
    connection("Anna", "Berg", "Acme", "CTO", "anna-berg");
    evidence.fact(
        new RecommendationFact(
            PersonRef.named("?ukasz Nowak"),
            "Hervorragend",
            TODAY.minusDays(30),
            next("Recommendations_Received.csv")));
    evidence.fact(
        new MeetingFact(
            List.of(OWNER, PersonRef.named("Anna Berg")),
            TODAY.minusDays(3),
            "Kick-off",
            next("termine.ics")));
    List<Problem> unmatched = unmatched();
    assertEquals(1, unmatched.size(), unmatched::toString);
    assertEquals("Recommendations_Received.csv", unmatched.get(0).source().file());
    assertTrue(English.text(unmatched.get(0)).startsWith("'?ukasz Nowak' is no contact"));
  }

  @Test
  void aFileNamingManyPeopleOutsideTheNetworkGetsOneNote() {
    for (int i = 0; i < UnmatchedEvidence.ONE_BY_ONE + 1; i++) {
      evidence.fact(
          new MeetingFact(
              List.of(PersonRef.named("Kollege Nummer" + (char) ('a' + i))),
              TODAY.minusDays(3),
              "Jour fixe",
              next("termine.ics")));
    }
    List<Problem> unmatched = unmatched();
    assertEquals(1, unmatched.size(), unmatched::toString);
    assertTrue(English.text(unmatched.get(0)).startsWith("21 pieces of evidence"));
    assertEquals(0, unmatched.get(0).source().line(), "the whole file");
  }

  private List<Problem> unmatched() {
    Assessment a = assess();
    return a.problems().stream().filter(p -> p.code().equals("evidence-unmatched")).toList();
  }

  @Test
  void aConnectionDateAfterTheReferenceDateIsNamed() {
    PersonRef anna = PersonRef.named("Anna Berg", "https://www.linkedin.com/in/anna-berg");
    network.add(
        new NetworkEntry(
            anna,
            TODAY.plusDays(21),
            Platform.LINKEDIN,
            LinkedInKinds.CONNECTIONS,
            next("Connections.csv")));
    List<Problem> late =
        assess().problems().stream().filter(p -> p.code().equals("date-after-reference")).toList();
    assertEquals(1, late.size(), late::toString);
    assertEquals("Connections.csv", late.get(0).source().file());
  }

  @Test
  void theOwnersOwnRowIsNoContact() {
    network.add(new NetworkEntry(OWNER, null, Platform.OTHER, VCardKind.KIND, next("katrin.vcf")));
    connection("Anna", "Berg", "Acme", "CTO", "anna-berg");
    Assessment a = assess();
    assertEquals(1, a.contacts().size());
    assertTrue(problems.stream().anyMatch(p -> p.code().equals("owner-row")));
  }

  @Test
  void aCrmRowWithOnlyACompanyAndItsSharedMailboxIsAboutTheCompany() {
    connection("Jan", "Nord", "Nordlicht Software AG", "PM", "jan-nord");
    evidence.fact(
        new RelationFact(
            new PersonRef(
                "", "", "", "Nordlicht Software AG", "", List.of("info@nordlicht.de"), List.of()),
            "Kunde",
            TODAY.minusDays(30),
            next("kunden.csv")));
    assertEquals(Status.WEAK, contact(assess(), "Jan Nord").status());
    assertFalse(
        new RelationFact(
                new PersonRef("", "", "", "Nordlicht", "", List.of("jan@nordlicht.de"), List.of()),
                "Kunde",
                null,
                next("k.csv"))
            .companyOnly(),
        "a personal address names a person");
  }
}
