package de.kontaktcharta.rules;

import de.kontaktcharta.charter.CharterLoader;
import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the tests of single rules classes share: the default charter, a day, people, evidence. */
final class RulesFixture {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final TextRules RULES = new TextRules(new CharterLoader().loadDefault());
  static final InputKind LIST =
      new InputKind(
          "test-list", InputKind.Role.NETWORK, Set.of(InputKind.Trait.KNOWS_COMPANY_AND_POSITION));

  private RulesFixture() {}

  static SourceRef at(int line) {
    return new SourceRef("test.csv", line);
  }

  static PersonRef person(String first, String last, String company, String position) {
    return new PersonRef(first, last, "", company, position, List.of(), List.of());
  }

  static Contact contact(PersonRef person) {
    return new Contact(
        "C-1", person, LocalDate.of(2020, 1, 1), Set.of(LIST), List.of(at(2)), List.of(), Set.of());
  }

  static Evidence evidence(ReasonCode reason, Strength strength, LocalDate date) {
    return new Evidence(reason, strength, date, at(3), "test", Detail.NONE, false);
  }
}
