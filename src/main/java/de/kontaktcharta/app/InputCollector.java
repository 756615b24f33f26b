package de.kontaktcharta.app;

import de.kontaktcharta.model.EndorsementFact;
import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InteractionFact;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.ManualFact;
import de.kontaktcharta.model.MeetingFact;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.NoteFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.RecommendationFact;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.rules.EvidenceCollector;
import de.kontaktcharta.source.InputSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what the readers find: network rows and invitations are kept, facts stream into the
 * evidence collector, and the newest LinkedIn date is noted as the export date.
 */
final class InputCollector implements InputSink {

  private final EvidenceCollector evidence;
  private final Progress progress;
  private final Wording words;
  private final List<NetworkEntry> network = new ArrayList<>();
  private final List<Invitation> invitations = new ArrayList<>();
  private final List<PersonRef> owners = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private LocalDate newestLinkedIn;

  /** True while a file of a kind whose dates tell the export's date is read. */
  private boolean datesExport;

  /** The date a fact tells of the export when it comes from the export's own files. */
  private static final Fact.Visitor<LocalDate> DATE =
      new Fact.Visitor<>() {
        @Override
        public LocalDate message(MessageFact fact) {
          return fact.date();
        }

        @Override
        public LocalDate endorsement(EndorsementFact fact) {
          return fact.date();
        }

        @Override
        public LocalDate recommendation(RecommendationFact fact) {
          return fact.date();
        }

        @Override
        public LocalDate relation(RelationFact fact) {
          return null;
        }

        @Override
        public LocalDate meeting(MeetingFact fact) {
          return null;
        }

        @Override
        public LocalDate interaction(InteractionFact fact) {
          return null;
        }

        @Override
        public LocalDate manual(ManualFact fact) {
          return null;
        }

        @Override
        public LocalDate note(NoteFact fact) {
          return null;
        }
      };

  InputCollector(EvidenceCollector evidence, Progress progress, Wording words) {
    this.evidence = evidence;
    this.progress = progress;
    this.words = words;
  }

  @Override
  public void begin(String file, InputKind kind) {
    progress.report(words.format("terminal.reading", file));
    datesExport = kind.has(InputKind.Trait.DATES_EXPORT);
  }

  @Override
  public void progress(String file, long rows) {
    progress.report(words.format("terminal.readingRows", file, rows));
  }

  @Override
  public void network(NetworkEntry entry) {
    network.add(entry);
    if (datesExport) {
      seen(entry.connectedOn());
    }
  }

  @Override
  public void invitation(Invitation invitation) {
    invitations.add(invitation);
    evidence.invitationText(invitation);
    // LinkedIn dates its invitations, wherever they are listed
    if (invitation.platform() == Platform.LINKEDIN) {
      seen(invitation.sentOn());
    }
  }

  @Override
  public void fact(Fact fact) {
    evidence.fact(fact);
    if (datesExport) {
      seen(fact.accept(DATE));
    }
  }

  @Override
  public void owner(PersonRef owner, SourceRef source) {
    owners.add(owner);
  }

  @Override
  public void alias(PersonRef person, SourceRef source) {
    evidence.alias(person);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  private void seen(LocalDate date) {
    if (date != null && (newestLinkedIn == null || date.isAfter(newestLinkedIn))) {
      newestLinkedIn = date;
    }
  }

  List<NetworkEntry> network() {
    return network;
  }

  List<Invitation> invitations() {
    return invitations;
  }

  List<PersonRef> owners() {
    return owners;
  }

  List<Problem> problems() {
    return problems;
  }

  /** The newest date in LinkedIn's own files, or null when there were none. */
  LocalDate newestLinkedIn() {
    return newestLinkedIn;
  }
}
