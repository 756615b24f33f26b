package de.kontaktcharta.source;

import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.model.InputKind;
import java.util.List;
import java.util.Optional;

/**
 * A second look, by one kind, at a table whose header another kind's signature matched: some kinds
 * share column names and differ only in their values (a log's "Typ" holds "Telefon", a CRM list's
 * holds "Kunde"). Detection feeds the rows below the header that it reads anyway.
 */
public interface TakeOver {

  /** What to watch in the rows below the header, or empty when the header settles it. */
  Optional<Watch> watch(Header header, InputKind detected);

  /** The watch over one table's first rows. */
  interface Watch {

    /** Looks at one data row's cells. */
    void add(List<String> cells);

    /** True when the rows seen show that the table is of the kind that looks. */
    boolean claims();
  }
}
