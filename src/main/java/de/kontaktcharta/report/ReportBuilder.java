package de.kontaktcharta.report;

import de.kontaktcharta.model.ContactAssessment;
import java.util.ArrayList;
import java.util.List;

/** Lays out the report's sheets in the user's language. */
public final class ReportBuilder {

  /** Builds the report. */
  public Report build(ReportInput in) {
    Labels labels = Labels.of(in.language());
    Texts texts = new Texts(labels);
    ContactSheets contactSheets = new ContactSheets(texts, in.kinds());
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(new SummarySheet(labels).build(in));
    // Three sheets list the contacts by name: they are folded and sorted once.
    List<ContactAssessment> byName = ContactSheets.byName(in.assessment().contacts());
    sheets.add(contactSheets.contacts(byName));
    sheets.add(contactSheets.noReason(byName));
    sheets.add(new InvitationSheet(texts, in.charter()).build(in.assessment().invitations()));
    sheets.add(new EvidenceSheet(labels).build(byName, in.assessment().invitations()));
    sheets.add(new ChangeSheet(labels).build(in.changes()));
    sheets.add(new ProblemSheet(labels).build(in.problems()));
    String datePattern = in.language().equals("de") ? "dd.mm.yyyy" : "yyyy-mm-dd";
    return new Report(
        in.language(),
        datePattern,
        labels.get("truncated"),
        labels.get("rowsCut"),
        labels.get("print.page"),
        sheets);
  }
}
