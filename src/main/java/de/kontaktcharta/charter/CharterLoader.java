package de.kontaktcharta.charter;

import de.kontaktcharta.model.Charter;
import de.kontaktcharta.model.Platform;
import de.kontaktcharta.model.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a charter from YAML text and checks every key, type, number and pattern. */
public final class CharterLoader {

  /** The classpath resource of the default charter; {@code charta init} writes it unchanged. */
  static final String DEFAULT_RESOURCE = "default-charter.yaml";

  static final String DEFAULT_NAME = "(eingebaute Standard-Charta)";

  private static final Set<String> TOP =
      Set.of("title", "thresholds", "reasons", "relations", "signals", "replies", "owner");
  private static final Set<String> THRESHOLDS =
      Set.of(
          "soon_days",
          "exchange_min_messages",
          "exchange_min_interactions",
          "exchange_window_days",
          "prospect_valid_days",
          "met_valid_days",
          "min_endorsements",
          "personal_text_min_words");
  private static final Set<ReasonCode> WORDED_REASONS =
      EnumSet.of(
          ReasonCode.MET,
          ReasonCode.EXCHANGE,
          ReasonCode.CLIENT,
          ReasonCode.PROSPECT,
          ReasonCode.PROFILE);
  private static final int DAYS_MAX = 36_500;

  /** The text of the embedded default charter. */
  public String defaultText() {
    try (InputStream in = CharterLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "default charter missing from the build: " + DEFAULT_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The embedded default charter. */
  public Charter loadDefault() {
    try {
      return parse(DEFAULT_NAME, defaultText());
    } catch (CharterException e) {
      throw new IllegalStateException("the embedded charter is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Parses a charter.
   *
   * @param file the name used in error messages
   * @param yaml the file's text
   * @throws CharterException with every error found, each with its line
   */
  public Charter parse(String file, String yaml) throws CharterException {
    YamlTree tree = new YamlTree(file);
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      tree.error(mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
      throw new CharterException(tree.errors());
    } catch (YAMLException e) {
      tree.error(1, "not valid YAML: " + e.getMessage());
      throw new CharterException(tree.errors());
    }
    if (root == null) {
      tree.error(1, "the charter file is empty");
      throw new CharterException(tree.errors());
    }
    Charter charter = read(tree, root);
    if (!tree.errors().isEmpty()) {
      throw new CharterException(tree.errors());
    }
    return charter;
  }

  private Charter read(YamlTree tree, Node root) {
    Map<String, Node> top = tree.mapping(root, "charter", TOP);
    String title = tree.string(top, "title", "charter").orElse("Kontaktcharta");
    Charter.Thresholds thresholds =
        thresholds(tree, child(tree, top, "thresholds", root, THRESHOLDS));
    Map<ReasonCode, Charter.Wording> reasons = reasons(tree, top.get("reasons"));
    Map<String, Node> relations = child(tree, top, "relations", root, Set.of("client", "prospect"));
    Charter.Wording client = phrasesOnly(tree, relations, "client", "relations");
    Charter.Wording prospect = phrasesOnly(tree, relations, "prospect", "relations");
    Charter.SignalRules signals = new SignalRulesReader(tree).read(top.get("signals"));
    Map<String, Charter.Replies> replies = replies(tree, top.get("replies"));
    Charter.Owner owner = owner(tree, top.get("owner"));
    return new Charter(title, thresholds, reasons, client, prospect, signals, replies, owner);
  }

  /** The owner's addresses and numbers; the section is optional. */
  private static Charter.Owner owner(YamlTree tree, Node node) {
    if (node == null) {
      return Charter.Owner.NONE;
    }
    Map<String, Node> body =
        tree.mapping(node, "owner", Set.of("emails", "phones", "phone_region"));
    List<String> emails = new ArrayList<>();
    for (YamlTree.Entry entry : tree.texts(body, "emails", "owner")) {
      String text = entry.text().strip();
      if (text.indexOf('@') <= 0 || text.indexOf(' ') >= 0) {
        tree.error(entry.node(), "owner.emails: '" + text + "' is no e-mail address");
      } else {
        emails.add(text);
      }
    }
    List<String> phones = new ArrayList<>();
    for (YamlTree.Entry entry : tree.texts(body, "phones", "owner")) {
      if (entry.text().chars().filter(Character::isDigit).count() < 5) {
        tree.error(entry.node(), "owner.phones: '" + entry.text() + "' is no phone number");
      } else {
        phones.add(entry.text());
      }
    }
    String region = tree.string(body, "phone_region", "owner").orElse("DE").strip();
    if (!Set.of(Locale.getISOCountries()).contains(region.toUpperCase(Locale.ROOT))) {
      tree.error(
          body.getOrDefault("phone_region", node),
          "owner.phone_region must be a country code such as DE, AT or CH, not '" + region + "'");
      region = "DE";
    }
    return new Charter.Owner(emails, phones, region.toUpperCase(Locale.ROOT));
  }

  private static Map<String, Node> child(
      YamlTree tree, Map<String, Node> parent, String key, Node owner, Set<String> allowed) {
    Node node = parent.get(key);
    if (node == null) {
      tree.error(owner, "missing section '" + key + "'");
      return Map.of();
    }
    return tree.mapping(node, key, allowed);
  }

  private static Charter.Thresholds thresholds(YamlTree tree, Map<String, Node> t) {
    String p = "thresholds";
    return new Charter.Thresholds(
        tree.integer(t, "soon_days", p, 30, 0, DAYS_MAX),
        tree.integer(t, "exchange_min_messages", p, 3, 1, 1_000_000),
        tree.integer(t, "exchange_min_interactions", p, 3, 1, 1_000_000),
        tree.integer(t, "exchange_window_days", p, 365, 1, DAYS_MAX),
        tree.integer(t, "prospect_valid_days", p, 180, 1, DAYS_MAX),
        tree.integer(t, "met_valid_days", p, 0, 0, DAYS_MAX),
        tree.integer(t, "min_endorsements", p, 3, 1, 1_000_000),
        tree.integer(t, "personal_text_min_words", p, 12, 0, 10_000));
  }

  private static Map<ReasonCode, Charter.Wording> reasons(YamlTree tree, Node node) {
    Map<ReasonCode, Charter.Wording> reasons = new EnumMap<>(ReasonCode.class);
    if (node == null) {
      return reasons;
    }
    Set<String> allowed = new java.util.HashSet<>();
    WORDED_REASONS.forEach(r -> allowed.add(r.name()));
    for (Map.Entry<String, Node> entry : tree.mapping(node, "reasons", allowed).entrySet()) {
      String path = "reasons." + entry.getKey();
      Map<String, Node> body =
          tree.mapping(entry.getValue(), path, Set.of("phrases", "patterns", "except", "unless"));
      Charter.Wording w = wording(tree, body, path);
      reasons.put(
          ReasonCode.valueOf(entry.getKey()),
          new Charter.Wording(
              w.phrases(), w.patterns(), w.exceptions(), phrases(tree, body, "unless", path)));
    }
    return reasons;
  }

  /** Phrases, patterns and the exceptions to their compound parts. */
  static Charter.Wording wording(YamlTree tree, Map<String, Node> body, String path) {
    return new Charter.Wording(
        phrases(tree, body, "phrases", path),
        patterns(tree, body, path),
        phrases(tree, body, "except", path),
        List.of());
  }

  private static Charter.Wording phrasesOnly(
      YamlTree tree, Map<String, Node> parent, String key, String path) {
    return new Charter.Wording(phrases(tree, parent, key, path), List.of());
  }

  static List<String> phrases(YamlTree tree, Map<String, Node> body, String key, String path) {
    List<String> phrases = new ArrayList<>();
    for (YamlTree.Entry entry : tree.texts(body, key, path)) {
      String problem = Charter.Wording.phraseProblem(entry.text());
      if (problem != null) {
        tree.error(
            entry.node(),
            "bad phrase '" + entry.text() + "' in " + path + "." + key + ": " + problem);
      } else {
        phrases.add(entry.text());
      }
    }
    return phrases;
  }

  private static List<String> patterns(YamlTree tree, Map<String, Node> body, String path) {
    List<String> patterns = new ArrayList<>();
    for (YamlTree.Entry entry : tree.texts(body, "patterns", path)) {
      try {
        Pattern.compile(entry.text());
        patterns.add(entry.text());
      } catch (PatternSyntaxException e) {
        tree.error(
            entry.node(),
            "bad pattern '" + entry.text() + "' in " + path + ".patterns: " + e.getDescription());
      }
    }
    return patterns;
  }

  private static Map<String, Charter.Replies> replies(YamlTree tree, Node node) {
    Map<String, Charter.Replies> replies = new HashMap<>();
    if (node == null) {
      return replies;
    }
    for (Map.Entry<String, Node> language :
        tree.mapping(node, "replies", Set.of("de", "en")).entrySet()) {
      String path = "replies." + language.getKey();
      Map<String, Node> body = tree.mapping(language.getValue(), path, Set.of("decline", "follow"));
      String decline = tree.string(body, "decline", path).orElse("");
      if (decline.isBlank()) {
        tree.error(language.getValue(), path + ".decline is missing");
      }
      Map<Platform, String> follow = new EnumMap<>(Platform.class);
      Node followNode = body.get("follow");
      if (followNode != null) {
        Map<String, Node> perPlatform =
            tree.mapping(followNode, path + ".follow", Set.of("linkedin", "xing", "other"));
        for (String platform : perPlatform.keySet()) {
          tree.string(perPlatform, platform, path + ".follow")
              .ifPresent(t -> follow.put(Platform.valueOf(platform.toUpperCase(Locale.ROOT)), t));
        }
      }
      replies.put(language.getKey(), new Charter.Replies(decline, follow));
    }
    return replies;
  }
}
