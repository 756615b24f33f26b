package de.kontaktcharta.source.ldif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole LDIF file read into people, groups and skipped records, with every problem. For files too
 * large to hold, use {@link LdifReader} and {@link LdifEntries} record by record instead.
 *
 * @param people the person records in file order
 * @param groups the group records (mailing lists)
 * @param skipped records that are neither, each with the reason
 * @param problems lines that could not be read, each with its line number
 */
public record LdifAddressBook(
    List<LdifPerson> people,
    List<LdifGroup> groups,
    List<LdifSkipped> skipped,
    List<LdifProblem> problems) {

  public LdifAddressBook {
    people = List.copyOf(people);
    groups = List.copyOf(groups);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  /** Reads every record of the reader and closes it. */
  public static LdifAddressBook read(LdifReader reader) throws IOException {
    List<LdifPerson> people = new ArrayList<>();
    List<LdifGroup> groups = new ArrayList<>();
    List<LdifSkipped> skipped = new ArrayList<>();
    LdifEntries entries = new LdifEntries();
    try (reader) {
      for (Optional<LdifRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        LdifEntry entry = entries.classify(r.get());
        if (entry instanceof LdifPerson p) {
          people.add(p);
        } else if (entry instanceof LdifGroup g) {
          groups.add(g);
        } else if (entry instanceof LdifSkipped s) {
          skipped.add(s);
        }
      }
    }
    return new LdifAddressBook(people, groups, skipped, reader.problems());
  }
}
