package de.kontaktcharta.source.ldif;

import de.kontaktcharta.input.table.ColumnUse;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.source.Detection;
import de.kontaktcharta.source.DocumentReader;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.lists.ProfileLinks;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads an LDIF address book record by record: each person is an entry of the network, a group (a
 * mailing list) and every other record is counted as skipped with its reason, and each line that
 * could not be read is named with its number. The file is read as UTF-8, as RFC 2849 prescribes and
 * Thunderbird writes it.
 */
final class LdifFileReader implements DocumentReader {

  @Override
  public List<ColumnUse> columns() {
    return List.of(
        new ColumnUse("name", "givenName, sn (else cn)", -1),
        new ColumnUse("company", "o", -1),
        new ColumnUse("position", "title", -1),
        new ColumnUse("e-mail", "mail, mozillaSecondEmail", -1),
        new ColumnUse(
            "profile", "mozillaWorkUrl, mozillaHomeUrl, labeledURI (LinkedIn and XING only)", -1));
  }

  @Override
  public void read(Detection detection, RowCounter counter, InputSink sink) throws IOException {
    LdifEntries entries = new LdifEntries();
    int noted = 0;
    try (LdifReader reader = LdifReader.utf8(detection.file().open())) {
      for (Optional<LdifRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        List<LdifProblem> problems = reader.problems();
        for (LdifProblem p : problems.subList(noted, problems.size())) {
          counter.note(p.line(), p.message());
        }
        noted = problems.size();
        entry(entries.classify(r.get()), counter, sink);
      }
      List<LdifProblem> problems = reader.problems();
      for (LdifProblem p : problems.subList(noted, problems.size())) {
        counter.note(p.line(), p.message());
      }
    }
  }

  private static void entry(LdifEntry entry, RowCounter counter, InputSink sink) {
    if (entry instanceof LdifPerson person) {
      var ref = person.toPersonRef();
      Platform platform = ProfileLinks.platformOf(ref.profileUrls(), Platform.OTHER);
      sink.network(new NetworkEntry(ref, null, platform, LdifKind.KIND, counter.at(person.line())));
      counter.used();
    } else if (entry instanceof LdifGroup group) {
      counter.skip(
          group.line(),
          Severity.INFO,
          Message.of("problem.ldif-group", group.name(), group.members().size()));
    } else if (entry instanceof LdifSkipped skipped) {
      counter.skip(skipped.line(), Severity.INFO, skipped.reason());
    }
  }
}
