package de.kontaktcharta.charter;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.Signal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code signals} section of a charter. */
final class SignalRulesReader {

  private static final Set<String> COMMON = Set.of("hard", "phrases", "patterns", "except");

  private final YamlTree tree;

  SignalRulesReader(YamlTree tree) {
    this.tree = tree;
  }

  /** What the keys beside the common ones say, with the defaults of a charter that omits them. */
  private static final class Extras {
    List<String> titles = List.of();
    List<String> introductions = List.of();
    List<String> topics = List.of();
    List<String> offers = List.of();
    List<String> unless = List.of();
    boolean questions = false;
    int maxExtraWords = 6;
    List<String> filler = List.of();
    Set<Platform> emptyText = EnumSet.of(Platform.LINKEDIN);
    List<String> placeholders = List.of();
    Charter.ProfileChecks checks = new Charter.ProfileChecks(true, true, true, true, true);

    Charter.SignalRules with(Map<Signal, Charter.SignalRule> rules) {
      return new Charter.SignalRules(
          rules,
          titles,
          introductions,
          topics,
          offers,
          unless,
          questions,
          maxExtraWords,
          filler,
          emptyText,
          placeholders,
          checks);
    }
  }

  Charter.SignalRules read(Node node) {
    Map<Signal, Charter.SignalRule> rules = new EnumMap<>(Signal.class);
    Extras extras = new Extras();
    if (node == null) {
      return extras.with(rules);
    }
    Set<String> names = new HashSet<>();
    for (Signal s : Signal.values()) {
      if (s != Signal.NO_REASON) {
        names.add(s.name());
      }
    }
    for (Map.Entry<String, Node> entry : tree.mapping(node, "signals", names).entrySet()) {
      Signal signal = Signal.valueOf(entry.getKey());
      String path = "signals." + signal.name();
      Map<String, Node> body = tree.mapping(entry.getValue(), path, allowedKeys(signal));
      boolean hard = tree.bool(body, "hard", path, false);
      rules.put(signal, new Charter.SignalRule(hard, CharterLoader.wording(tree, body, path)));
      extras(signal, body, path, extras);
    }
    return extras.with(rules);
  }

  private void extras(Signal signal, Map<String, Node> body, String path, Extras extras) {
    switch (signal) {
      case SALES_PITCH -> {
        extras.titles = CharterLoader.phrases(tree, body, "titles", path);
        extras.introductions = CharterLoader.phrases(tree, body, "introductions", path);
        extras.topics = CharterLoader.phrases(tree, body, "topics", path);
        extras.offers = CharterLoader.phrases(tree, body, "offers", path);
      }
      case MESSAGE_WOULD_DO -> {
        extras.unless = CharterLoader.phrases(tree, body, "unless", path);
        extras.questions = tree.bool(body, "questions", path, false);
      }
      case NO_BACKGROUND -> {
        extras.maxExtraWords = tree.integer(body, "max_extra_words", path, 6, 0, 1000);
        extras.filler = CharterLoader.phrases(tree, body, "filler", path);
        extras.emptyText = emptyTextPlatforms(body, path, extras.emptyText);
      }
      case PROFILE_POOR -> {
        extras.placeholders = CharterLoader.phrases(tree, body, "placeholder_names", path);
        extras.checks =
            new Charter.ProfileChecks(
                tree.bool(body, "check_all_caps", path, true),
                tree.bool(body, "check_digits", path, true),
                tree.bool(body, "check_single_name", path, true),
                tree.bool(body, "check_no_company_and_position", path, true),
                tree.bool(body, "check_broken_url", path, true));
      }
      default -> {
        // no keys beyond the common ones
      }
    }
  }

  private Set<Platform> emptyTextPlatforms(
      Map<String, Node> body, String path, Set<Platform> fallback) {
    Node node = body.get("empty_text_is_signal");
    if (node == null) {
      return fallback;
    }
    String where = path + ".empty_text_is_signal";
    Map<String, Node> perPlatform = tree.mapping(node, where, Set.of("linkedin", "xing", "other"));
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    for (String key : perPlatform.keySet()) {
      if (tree.bool(perPlatform, key, where, false)) {
        platforms.add(Platform.valueOf(key.toUpperCase(Locale.ROOT)));
      }
    }
    return platforms;
  }

  private static Set<String> allowedKeys(Signal signal) {
    Set<String> keys = new HashSet<>(COMMON);
    switch (signal) {
      case SALES_PITCH -> keys.addAll(List.of("titles", "introductions", "topics", "offers"));
      case MESSAGE_WOULD_DO -> keys.addAll(List.of("unless", "questions"));
      case NO_BACKGROUND ->
          keys.addAll(List.of("max_extra_words", "filler", "empty_text_is_signal"));
      case PROFILE_POOR ->
          keys.addAll(
              List.of(
                  "placeholder_names",
                  "check_all_caps",
                  "check_digits",
                  "check_single_name",
                  "check_no_company_and_position",
                  "check_broken_url"));
      default -> {
        // only the common keys
      }
    }
    return keys;
  }
}
