package de.kontaktcharta.source.crm;

import static de.kontaktcharta.source.lists.ListFields.FULL;
import static de.kontaktcharta.source.lists.ListFields.RELATION;
import static de.kontaktcharta.source.lists.ListFields.RELATION_DATE;

import de.kontaktcharta.identity.PersonName;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.RelationFact;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import de.kontaktcharta.source.lists.PersonColumns;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CRM export or a customer, supplier, partner or prospect list. Each row names a person, a
 * company, or both, and a relation such as {@code Kunde} or {@code lead}; the charter decides what
 * the relation means. A list without a relation column (only with {@code --as crm=FILE}) takes its
 * sheet's or file's name as the relation, so that a sheet called "Kunden" is a list of customers.
 */
public final class CrmReader implements TableReader {

  private final DateParser dates;

  public CrmReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    List<Field> fields = new ArrayList<>(PersonColumns.fields(FULL, true));
    fields.add(RELATION);
    fields.add(RELATION_DATE);
    return fields;
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    PersonColumns people = new PersonColumns(cols, FULL);
    String fixedRelation = cols.has(RELATION) ? "" : nameOf(counter.file());
    if (!fixedRelation.isEmpty()) {
      counter.note(
          Problem.note(
              SourceRef.wholeFile(counter.file()),
              Severity.INFO,
              Message.of("problem.relation-from-name", fixedRelation)));
    }
    List<Integer> relations = byPriority(cols);
    String relationColumn = relations.stream().map(cols::name).collect(Collectors.joining("', '"));
    String dateColumn = cols.name(cols.index(RELATION_DATE));
    Row row;
    while ((row = rows.next()) != null) {
      PersonRef person = companyAsCompany(people.person(row));
      if (person.isEmpty() && person.company().isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.crm"));
        continue;
      }
      String relation =
          fixedRelation.isEmpty()
              ? relations.stream()
                  .map(row::get)
                  .map(Cells::optional)
                  .filter(v -> !v.isEmpty())
                  .collect(Collectors.joining(RelationFact.SEPARATOR))
              : fixedRelation;
      if (relation.isEmpty()) {
        counter.skip(
            row.line(), Severity.INFO, Message.of("problem.relation-empty", relationColumn));
        continue;
      }
      LocalDate date =
          dates.parseOrNote(cols.get(row, RELATION_DATE), counter, row.line(), dateColumn);
      sink.fact(new RelationFact(person, relation, date, counter.at(row.line())));
      counter.used();
    }
  }

  /**
   * The relation columns, the most specific name first ("Lifecycle Stage" before "Lead Status",
   * "Kategorie" before "Status"), so that the relation the charter finds first is the likeliest.
   */
  private static List<Integer> byPriority(ColumnMap cols) {
    List<Integer> columns = new ArrayList<>(cols.indexes(RELATION));
    columns.sort(Comparator.comparingInt(c -> priority(Field.compact(cols.name(c)))));
    return columns;
  }

  private static int priority(String compactHeader) {
    List<String> aliases = RELATION.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      if (Field.matches(aliases.get(i), compactHeader)) {
        return i;
      }
    }
    return aliases.size();
  }

  /**
   * A row whose only name is a company's ("ACME GmbH" in a Name column, no company column) names
   * the company, not a person.
   */
  private static PersonRef companyAsCompany(PersonRef p) {
    if (p.company().isEmpty()
        && p.firstName().isEmpty()
        && p.lastName().isEmpty()
        && p.emails().isEmpty()
        && p.profileUrls().isEmpty()
        && PersonName.isCompanyName(p.fullName())) {
      return new PersonRef("", "", "", p.fullName(), p.position(), List.of(), List.of());
    }
    return p;
  }

  /** The sheet's name, or the file's name without folder and extension. */
  static String nameOf(String file) {
    String name = file;
    int bang = name.lastIndexOf('!');
    if (bang >= 0 && bang < name.length() - 1) {
      name = name.substring(bang + 1);
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
