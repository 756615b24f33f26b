package de.kontaktcharta.testing;

import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.InputSink;
import java.util.ArrayList;
import java.util.List;

/** An {@link InputSink} that keeps everything it is given, in order, for assertions. */
public class RecordingSink implements InputSink {

  public final List<NetworkEntry> network = new ArrayList<>();
  public final List<Invitation> invitations = new ArrayList<>();
  public final List<Fact> facts = new ArrayList<>();
  public final List<PersonRef> owners = new ArrayList<>();
  public final List<SourceRef> ownerSources = new ArrayList<>();
  public final List<Problem> problems = new ArrayList<>();
  public final List<PersonRef> aliases = new ArrayList<>();

  @Override
  public void network(NetworkEntry entry) {
    network.add(entry);
  }

  @Override
  public void invitation(Invitation invitation) {
    invitations.add(invitation);
  }

  @Override
  public void fact(Fact fact) {
    facts.add(fact);
  }

  @Override
  public void owner(PersonRef owner, SourceRef source) {
    owners.add(owner);
    ownerSources.add(source);
  }

  @Override
  public void alias(PersonRef person, SourceRef source) {
    aliases.add(person);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  public <T extends Fact> List<T> facts(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The problems with the code. */
  public List<Problem> problems(String code) {
    return problems.stream().filter(p -> p.code().equals(code)).toList();
  }

  /** The problems that stand for a skipped row. */
  public List<Problem> skippedRows() {
    return problems.stream().filter(Problem::rowSkipped).toList();
  }

  /** The lines of the skipped rows, in the order they were reported. */
  public List<Integer> skippedLines() {
    return skippedRows().stream().map(p -> p.source().line()).toList();
  }
}
