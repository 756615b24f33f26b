package de.kontaktcharta.corpus;

import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.InputSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps the problems a reader reports, for the cases below the command line. */
final class ProblemSink implements InputSink {

  final List<Problem> problems = new ArrayList<>();

  @Override
  public void network(NetworkEntry entry) {}

  @Override
  public void invitation(Invitation invitation) {}

  @Override
  public void fact(Fact fact) {}

  @Override
  public void owner(PersonRef owner, SourceRef source) {}

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }
}
