package de.kontaktcharta.charter;

import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads from a composed YAML node tree that record every error with its line instead of
 * failing on the first one. Values are read from the raw scalars, so words such as {@code no} or
 * {@code on} stay words.
 */
final class YamlTree {

  private final String file;
  private final List<CharterException.Diagnostic> errors = new ArrayList<>();

  YamlTree(String file) {
    this.file = file;
  }

  List<CharterException.Diagnostic> errors() {
    return errors;
  }

  void error(Node node, String message) {
    errors.add(new CharterException.Diagnostic(where(node), message));
  }

  void error(int line, String message) {
    errors.add(new CharterException.Diagnostic(new SourceRef(file, line), message));
  }

  SourceRef where(Node node) {
    return new SourceRef(file, node.getStartMark().getLine() + 1);
  }

  /**
   * The entries of a mapping in file order; reports keys that are not allowed, duplicate keys and a
   * node that is no mapping.
   */
  Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      error(node, path + " must be a mapping of keys to values");
      return entries;
    }
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "";
      if (!allowed.isEmpty() && !allowed.contains(key)) {
        error(
            keyNode,
            "unknown key '"
                + key
                + "' in "
                + path
                + " (allowed: "
                + String.join(", ", sorted(allowed))
                + ")");
        continue;
      }
      if (!seen.add(key)) {
        error(keyNode, "duplicate key '" + key + "' in " + path);
        continue;
      }
      entries.put(key, tuple.getValueNode());
    }
    return entries;
  }

  Optional<String> string(Map<String, Node> entries, String key, String path) {
    Node node = entries.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof ScalarNode scalar)) {
      error(node, path + "." + key + " must be a text");
      return Optional.empty();
    }
    return Optional.of(scalar.getValue());
  }

  int integer(Map<String, Node> entries, String key, String path, int fallback, int min, int max) {
    Node node = entries.get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof ScalarNode scalar) {
      try {
        int value = Integer.parseInt(scalar.getValue().trim());
        if (value >= min && value <= max) {
          return value;
        }
        error(
            node, path + "." + key + " must be between " + min + " and " + max + ", not " + value);
        return fallback;
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    error(node, path + "." + key + " must be a whole number, not " + describe(node));
    return fallback;
  }

  boolean bool(Map<String, Node> entries, String key, String path, boolean fallback) {
    Node node = entries.get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue().trim().toLowerCase(java.util.Locale.ROOT);
      if (value.equals("true") || value.equals("yes")) {
        return true;
      }
      if (value.equals("false") || value.equals("no")) {
        return false;
      }
    }
    error(node, path + "." + key + " must be true or false, not " + describe(node));
    return fallback;
  }

  /**
   * A list of texts, given either as a list or as a mapping of language codes to lists; empty
   * entries are reported.
   */
  List<Entry> texts(Map<String, Node> entries, String key, String path) {
    Node node = entries.get(key);
    List<Entry> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    String where = path + "." + key;
    if (node instanceof MappingNode) {
      for (Map.Entry<String, Node> language : mapping(node, where, Set.of()).entrySet()) {
        collect(language.getValue(), where + "." + language.getKey(), values);
      }
    } else {
      collect(node, where, values);
    }
    return values;
  }

  /** A text with the line it stands on. */
  record Entry(String text, Node node) {}

  private void collect(Node node, String path, List<Entry> into) {
    if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      return;
    }
    if (!(node instanceof SequenceNode sequence)) {
      error(node, path + " must be a list, not " + describe(node));
      return;
    }
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
        into.add(new Entry(scalar.getValue(), item));
      } else {
        error(item, path + " entries must be non-empty texts");
      }
    }
  }

  private static String describe(Node node) {
    if (node instanceof ScalarNode scalar) {
      return "'" + scalar.getValue() + "'";
    }
    return node instanceof SequenceNode ? "a list" : "a mapping";
  }

  private static List<String> sorted(Set<String> values) {
    List<String> list = new ArrayList<>(values);
    list.sort(null);
    return list;
  }
}
