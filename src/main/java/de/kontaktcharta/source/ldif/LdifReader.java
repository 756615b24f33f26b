package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.Message;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the records of an LDIF file one at a time, so that an address book of any size needs the
 * memory of one record. Lines it cannot read are listed in {@link #problems()} with their line
 * number and left out; everything else is kept.
 */
public final class LdifReader implements Closeable {

  /** An attribute description: a name or an OID, options after {@code ;}. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.;_-]*");

  /** In a modify record these lines name the attribute the following values belong to. */
  private static final Set<String> MODIFY_OPERATIONS =
      Set.of("add", "replace", "delete", "increment");

  private final BufferedReader in;
  private final LdifLines lines;
  private final LdifValues values;
  private final List<LdifProblem> problems = new ArrayList<>();
  private LdifLines.Line pending;
  private boolean first = true;

  public LdifReader(BufferedReader in) {
    this.in = in;
    this.lines = new LdifLines(in);
    this.values = new LdifValues(problems);
  }

  /**
   * A reader over bytes in UTF-8, the encoding RFC 2849 prescribes. Bytes that are no UTF-8 are
   * replaced and the line is named among the problems.
   */
  public static LdifReader utf8(InputStream in) {
    return new LdifReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  /** The next record, or empty at the end of the input. */
  public Optional<LdifRecord> next() throws IOException {
    LdifLines.Line line = pending != null ? pending : lines.next();
    pending = null;
    while (line != null && line.isSeparator()) {
      line = lines.next();
    }
    if (line == null) {
      return Optional.empty();
    }
    if (first) {
      first = false;
      if (isVersionLine(line)) {
        return next();
      }
    }
    return Optional.of(record(line));
  }

  /** The problems found so far, in the order of the file. */
  public List<LdifProblem> problems() {
    return List.copyOf(problems);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private LdifRecord record(LdifLines.Line start) throws IOException {
    String dn = "";
    String changeType = "";
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (LdifLines.Line line = start; line != null; line = lines.next()) {
      if (line.isSeparator()) {
        break;
      }
      if (line.text().equals("-")) {
        // ends one modification of a change record; the values around it are read as they are
        continue;
      }
      Optional<Attribute> parsed = attribute(line);
      if (parsed.isEmpty()) {
        continue;
      }
      Attribute a = parsed.get();
      if (a.name.equals("dn") && dn.isEmpty() && attributes.isEmpty()) {
        dn = a.value;
      } else if (a.name.equals("changetype")) {
        changeType = a.value.strip().toLowerCase(Locale.ROOT);
      } else if (a.name.equals("control")
          || (changeType.equals("modify") && MODIFY_OPERATIONS.contains(a.name))) {
        continue;
      } else {
        attributes.computeIfAbsent(a.name, k -> new ArrayList<>()).add(a.value);
      }
    }
    return new LdifRecord(start.number(), dn, changeType, attributes);
  }

  private record Attribute(String name, String value) {}

  private Optional<Attribute> attribute(LdifLines.Line line) {
    String text = line.text();
    int colon = text.indexOf(':');
    String name = colon > 0 ? text.substring(0, colon) : "";
    if (!NAME.matcher(name).matches()) {
      problems.add(
          new LdifProblem(
              line.number(),
              text.startsWith(" ")
                  ? Message.of("problem.ldif-line.continuation")
                  : Message.of("problem.ldif-line.no-colon", excerpt(text))));
      return Optional.empty();
    }
    int semicolon = name.indexOf(';');
    String base = (semicolon >= 0 ? name.substring(0, semicolon) : name).toLowerCase(Locale.ROOT);
    return values
        .decode(line.number(), base, text.substring(colon + 1))
        .map(value -> new Attribute(base, value));
  }

  private static boolean isVersionLine(LdifLines.Line line) {
    return line.text().toLowerCase(Locale.ROOT).startsWith("version:");
  }

  static String excerpt(String text) {
    String trimmed = text.strip();
    return trimmed.length() <= 40 ? "'" + trimmed + "'" : "'" + trimmed.substring(0, 40) + "…'";
  }
}
