package de.kontaktcharta.cli;

import de.kontaktcharta.app.Kinds;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The input kinds' codes, for help texts and shell completion. */
final class KindCodes implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return Kinds.codes().iterator();
  }

  /** The files given with {@code --as KIND=FILE}, with their kinds. */
  static Map<Path, InputKind> forced(List<String> values) throws UsageError {
    Map<Path, InputKind> kinds = new LinkedHashMap<>();
    for (String value : values) {
      int eq = value.indexOf('=');
      if (eq <= 0 || eq == value.length() - 1) {
        throw new UsageError(Message.of("error.option.as-form", value));
      }
      String code = value.substring(0, eq);
      InputKind kind =
          Kinds.byCode(code)
              .orElseThrow(
                  () ->
                      new UsageError(
                          Message.of(
                              "error.option.as-kind", code, String.join(", ", new KindCodes()))));
      kinds.put(Path.of(value.substring(eq + 1)), kind);
    }
    return kinds;
  }
}
