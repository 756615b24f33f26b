package de.kontaktcharta.source;

import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.model.InputKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of table (CSV text or workbook sheet), recognised by its header row.
 *
 * @param kind the kind
 * @param signatures the header rows that reveal it
 * @param reader makes the reader for one file, given the order its slash dates are written in; null
 *     for a kind that is recognised but not read (role {@code NOT_USED})
 * @param byName the kind a text file of this kind is instead, going by its name, if any (LinkedIn
 *     gives the recommendations given and received one header)
 * @param takeOver a second look at tables that another kind's signature matched, or null
 */
public record TableKind(
    InputKind kind,
    List<Signature> signatures,
    Function<DateParser, TableReader> reader,
    Function<String, Optional<InputKind>> byName,
    TakeOver takeOver)
    implements SourceKind {

  public TableKind {
    Objects.requireNonNull(kind, "kind");
    signatures = List.copyOf(signatures);
    Objects.requireNonNull(byName, "byName");
  }

  /** A table kind that is read with the given reader. */
  public static TableKind read(
      InputKind kind, List<Signature> signatures, Function<DateParser, TableReader> reader) {
    return new TableKind(kind, signatures, reader, name -> Optional.empty(), null);
  }

  /** A table kind that is recognised, so that it is not called unknown, but not read. */
  public static TableKind notRead(InputKind kind, List<Signature> signatures) {
    return new TableKind(kind, signatures, null, name -> Optional.empty(), null);
  }

  /** This kind with a rule that names another kind for some file names. */
  public TableKind withByName(Function<String, Optional<InputKind>> rule) {
    return new TableKind(kind, signatures, reader, rule, takeOver);
  }

  /** This kind with a second look at tables another kind's signature matched. */
  public TableKind withTakeOver(TakeOver look) {
    return new TableKind(kind, signatures, reader, byName, look);
  }
}
