package de.kontaktcharta.input;

import de.kontaktcharta.input.table.Header;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.source.TableKind;
import de.kontaktcharta.source.TakeOver;
import java.util.ArrayList;
import java.util.List;

/**
 * The second looks of the kinds that may take over a table whose header another kind's signature
 * matched (see {@link TakeOver}): started on the header found, fed the rows below it that detection
 * reads anyway, and asked at the end.
 */
final class SecondLooks {

  private record Look(InputKind kind, TakeOver.Watch watch) {}

  private final List<TableKind> looking;

  SecondLooks(List<TableKind> looking) {
    this.looking = List.copyOf(looking);
  }

  /** Starts watching the rows below a header; nothing to watch for a kind given with --as. */
  Watching start(Header header, InputKind detected, boolean forced) {
    List<Look> looks = new ArrayList<>();
    if (!forced) {
      for (TableKind table : looking) {
        table
            .takeOver()
            .watch(header, detected)
            .ifPresent(w -> looks.add(new Look(table.kind(), w)));
      }
    }
    return new Watching(looks);
  }

  /** The watch over one table's rows. */
  static final class Watching {

    static final Watching NONE = new Watching(List.of());

    private final List<Look> looks;

    private Watching(List<Look> looks) {
      this.looks = looks;
    }

    void add(List<String> cells) {
      looks.forEach(l -> l.watch().add(cells));
    }

    /** The first kind whose look claims the table, else the kind detected. */
    InputKind kind(InputKind detected) {
      for (Look l : looks) {
        if (l.watch().claims()) {
          return l.kind();
        }
      }
      return detected;
    }
  }
}
