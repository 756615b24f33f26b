package de.kontaktcharta.identity;

import de.kontaktcharta.model.Contact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.KeyKind;
import de.kontaktcharta.model.MatchKey;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Merges the rows of every network list into one contact per person (docs/design.md §3). Rows are
 * merged when they share a profile, an e-mail, name and company, or only a name that fits exactly
 * one contact; a name that fits several contacts is reported as ambiguous and kept apart.
 */
public final class NetworkBuilder {

  /** The owner's keys but name-and-company, made once: they are compared with every row. */
  private final Set<MatchKey> ownerKeys = new HashSet<>();

  private final Consumer<Problem> problems;
  private final Keys keys;
  private final PersonIndex index = new PersonIndex();
  private final List<Draft> drafts = new ArrayList<>();

  /**
   * @param owners the archive owner as the inputs name them; their own rows are no contacts
   * @param problems receives ambiguities and skipped owner rows
   * @param keys makes the identity keys, phone numbers in the charter's region
   */
  public NetworkBuilder(List<PersonRef> owners, Consumer<Problem> problems, Keys keys) {
    this.keys = keys;
    for (PersonRef owner : owners) {
      for (MatchKey key : keys.of(owner)) {
        if (key.kind() != KeyKind.NAME_COMPANY) {
          ownerKeys.add(key);
        }
      }
    }
    this.problems = problems;
  }

  /**
   * Adds network rows in the given order, strongest source first. A row's keys do not depend on the
   * other rows, so they are made on both cores (a third of the merge); the rows are then merged one
   * after the other, in order, as {@link #add} would.
   */
  public void addAll(List<NetworkEntry> entries) {
    List<List<MatchKey>> made = entries.parallelStream().map(e -> keys.of(e.person())).toList();
    for (int i = 0; i < entries.size(); i++) {
      add(entries.get(i), made.get(i));
    }
  }

  /** Adds one network row; rows are expected strongest source first (LinkedIn before lists). */
  public void add(NetworkEntry entry) {
    add(entry, keys.of(entry.person()));
  }

  private void add(NetworkEntry entry, List<MatchKey> keys) {
    if (isOwner(keys)) {
      problems.accept(Problem.note(entry.source(), Severity.INFO, Message.of("problem.owner-row")));
      return;
    }
    Resolution match = index.find(keys);
    if (match.unique() && sameListTwice(drafts.get(match.only()), entry, match.via())) {
      // One export lists each person once: two rows of one file that agree only in name are two
      // people.
      match = Resolution.NONE;
    }
    if (match.unique()) {
      Draft draft = drafts.get(match.only());
      draft.merge(entry, match.via());
      index.addKeys(match.only(), keys);
      return;
    }
    if (match.ambiguous()) {
      problems.accept(
          Problem.note(
              entry.source(),
              Severity.WARNING,
              Message.of(
                  "problem.ambiguous-name.network",
                  entry.person().displayName(),
                  match.count(),
                  names(match))));
    }
    int id = index.add(keys);
    drafts.add(new Draft(entry));
    assert id == drafts.size() - 1;
  }

  /** The merged network. */
  public Network build() {
    ContactIds ids = new ContactIds("C-");
    List<Contact> contacts = new ArrayList<>(drafts.size());
    Map<String, List<Integer>> byCompany = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      List<MatchKey> keys = new ArrayList<>(index.keys(i));
      keys.sort(null);
      String id =
          keys.isEmpty() ? ids.next(new MatchKey(KeyKind.NAME, "#" + i)) : ids.next(keys.get(0));
      Contact contact = d.toContact(id, keys);
      contacts.add(contact);
      String company = PersonName.companyKey(contact.person().company());
      if (!company.isEmpty()) {
        byCompany.computeIfAbsent(company, k -> new ArrayList<>()).add(i);
      }
    }
    return new Network(contacts, index, byCompany, ownerKeys, keys);
  }

  private static boolean sameListTwice(Draft draft, NetworkEntry entry, KeyKind via) {
    if (via != KeyKind.NAME && via != KeyKind.NAME_COMPANY) {
      return false;
    }
    for (SourceRef source : draft.sources) {
      if (source.file().equals(entry.source().file())) {
        return true;
      }
    }
    return false;
  }

  private boolean isOwner(List<MatchKey> keys) {
    for (MatchKey key : keys) {
      if (ownerKeys.contains(key)) {
        return true;
      }
    }
    return false;
  }

  private String names(Resolution match) {
    return match.shown().stream()
        .map(i -> drafts.get(i).person.displayName() + " " + drafts.get(i).sources.get(0))
        .collect(Collectors.joining(", "));
  }

  /** A contact while rows are still being merged into it. */
  private static final class Draft {
    private PersonRef person;
    private LocalDate connectedOn;
    private final Set<InputKind> kinds = new LinkedHashSet<>();
    private final List<SourceRef> sources = new ArrayList<>();
    private final Set<KeyKind> matchedBy = EnumSet.noneOf(KeyKind.class);

    Draft(NetworkEntry entry) {
      person = entry.person();
      connectedOn = entry.connectedOn();
      kinds.add(entry.kind());
      sources.add(entry.source());
    }

    void merge(NetworkEntry entry, KeyKind via) {
      PersonRef other = entry.person();
      Set<String> emails = new LinkedHashSet<>(person.emails());
      emails.addAll(other.emails());
      Set<String> urls = new LinkedHashSet<>(person.profileUrls());
      urls.addAll(other.profileUrls());
      Set<String> phones = new LinkedHashSet<>(person.phones());
      phones.addAll(other.phones());
      Set<String> handles = new LinkedHashSet<>(person.handles());
      handles.addAll(other.handles());
      person =
          new PersonRef(
              either(person.firstName(), other.firstName()),
              either(person.lastName(), other.lastName()),
              either(person.fullName(), other.fullName()),
              either(person.company(), other.company()),
              either(person.position(), other.position()),
              List.copyOf(emails),
              List.copyOf(urls),
              List.copyOf(phones),
              List.copyOf(handles));
      if (connectedOn == null
          || (entry.connectedOn() != null && entry.connectedOn().isBefore(connectedOn))) {
        connectedOn = entry.connectedOn() == null ? connectedOn : entry.connectedOn();
      }
      kinds.add(entry.kind());
      sources.add(entry.source());
      matchedBy.add(via);
    }

    Contact toContact(String id, List<MatchKey> keys) {
      return new Contact(id, person, connectedOn, kinds, sources, keys, matchedBy);
    }

    private static String either(String first, String second) {
      return first.isEmpty() ? second : first;
    }
  }
}
