package de.kontaktcharta.source.ldif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One LDIF record: its distinguished name and its attributes in file order.
 *
 * @param line the 1-based line of the record's first line (normally {@code dn:})
 * @param dn the distinguished name, decoded; empty when the record has none
 * @param changeType the {@code changetype:} of a change record, lower case; empty for an entry
 * @param attributes values per attribute name, names in lower case and without options ({@code
 *     mail;lang-de} counts as {@code mail}), values decoded
 */
public record LdifRecord(
    int line, String dn, String changeType, Map<String, List<String>> attributes) {

  public LdifRecord {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    attributes = java.util.Collections.unmodifiableMap(copy);
  }

  /** Every value of an attribute, in file order; empty when the record lacks it. */
  public List<String> all(String attribute) {
    return attributes.getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of());
  }

  /** The first non-blank value of the first attribute given that has one, else empty. */
  public String first(String... names) {
    for (String name : names) {
      for (String value : all(name)) {
        if (!value.isBlank()) {
          return value.strip();
        }
      }
    }
    return "";
  }

  /** The object classes in lower case. */
  public List<String> objectClasses() {
    List<String> classes = new ArrayList<>();
    for (String value : all("objectclass")) {
      classes.add(value.strip().toLowerCase(Locale.ROOT));
    }
    return classes;
  }
}
