package de.kontaktcharta.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code src/test/resources/invitations/labelled.csv}: an invitation text with the
 * decline signals and reason hints the charter means it to show.
 *
 * @param id stable row id, e.g. {@code inv-007}
 * @param language {@code de} or {@code en}
 * @param platform {@code linkedin} or {@code xing}
 * @param inviter the name the invitation comes with
 * @param text the invitation text, empty when none was written
 * @param signals the expected decline signals
 * @param reasons the expected reason hints
 * @param note why the row is there (near-miss, quirk)
 */
record LabelledInvitation(
    String id,
    String language,
    String platform,
    String inviter,
    String text,
    Set<String> signals,
    Set<String> reasons,
    String note) {

  static final String RESOURCE = "/invitations/labelled.csv";

  LabelledInvitation {
    Objects.requireNonNull(id, "id");
    signals = Set.copyOf(signals);
    reasons = Set.copyOf(reasons);
  }

  static List<LabelledInvitation> load() throws IOException {
    try (InputStream in = LabelledInvitation.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, "missing " + RESOURCE);
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      List<LabelledInvitation> rows = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        rows.add(
            new LabelledInvitation(
                r.get("id"),
                r.get("language"),
                r.get("platform"),
                r.get("inviter"),
                r.get("text"),
                split(r.get("signals")),
                split(r.get("reasons")),
                r.get("note")));
      }
      return rows;
    }
  }

  private static Set<String> split(String cell) {
    Set<String> values = new LinkedHashSet<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    return values;
  }
}
