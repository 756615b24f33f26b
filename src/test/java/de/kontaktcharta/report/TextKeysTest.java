package de.kontaktcharta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.ClassConstants;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages, and every text key the code names has its text: a problem,
 * the reason inside it, an error, a line of the terminal, of {@code check} or of {@code explain}.
 * The keys are found as the string literals of the compiled classes, so a new {@code
 * Message.of("problem.my-code", …)} without its template fails here.
 */
class TextKeysTest {

  /** The prefixes of the keys that the code writes out in full. */
  private static final List<String> WRITTEN_OUT =
      List.of("problem.", "cause.", "error.", "terminal.", "check.", "explain.");

  private static final Pattern KEY = Pattern.compile("[a-z]+\\.[A-Za-z0-9_.-]*[A-Za-z0-9]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  @Test
  void everyKeyHasATextInBothLanguages() throws IOException {
    Properties de = load("de");
    Properties en = load("en");
    Set<String> onlyDe = new TreeSet<>(de.stringPropertyNames());
    onlyDe.removeAll(en.stringPropertyNames());
    Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(de.stringPropertyNames());
    assertEquals(Set.of(), onlyDe, "German only");
    assertEquals(Set.of(), onlyEn, "English only");
  }

  @Test
  void bothLanguagesNameTheSameValues() throws IOException {
    Properties de = load("de");
    Properties en = load("en");
    List<String> differ = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (!placeholders(en.getProperty(key)).equals(placeholders(de.getProperty(key, "")))) {
        differ.add(key + ": " + en.getProperty(key) + " | " + de.getProperty(key));
      }
    }
    assertEquals(List.of(), differ);
  }

  @Test
  void everyKeyTheCodeWritesOutHasItsText() throws IOException {
    Properties de = load("de");
    Properties en = load("en");
    List<String> missing = new ArrayList<>();
    List<String> built = new ArrayList<>();
    for (Map.Entry<String, List<String>> c : ClassConstants.of(Problem.class).entrySet()) {
      for (String literal : c.getValue()) {
        if (WRITTEN_OUT.stream().noneMatch(literal::startsWith) || WRITTEN_OUT.contains(literal)) {
          continue;
        }
        if (!KEY.matcher(literal).matches()) {
          // a key put together at run time ("problem." + code) cannot be checked here
          built.add(c.getKey() + ": " + literal.replace('\u0001', '#'));
        } else if (!de.containsKey(literal) || !en.containsKey(literal)) {
          missing.add(c.getKey() + ": " + literal);
        }
      }
    }
    assertEquals(List.of(), built, "keys must be written out in full");
    assertEquals(List.of(), missing, "keys without a text");
  }

  @Test
  void everyProblemTextIsUsedAndNamesItsCode() throws IOException {
    Set<String> literals = new TreeSet<>();
    ClassConstants.of(Problem.class).values().forEach(literals::addAll);
    List<String> unused = new ArrayList<>();
    for (String key : load("en").stringPropertyNames()) {
      if (key.startsWith(Problem.KEY_PREFIX) || key.startsWith("cause.")) {
        if (!literals.contains(key)) {
          unused.add(key);
        }
      }
      if (key.startsWith(Problem.KEY_PREFIX)) {
        String code = key.substring(Problem.KEY_PREFIX.length()).split("\\.")[0];
        assertTrue(code.matches("[a-z0-9]+(-[a-z0-9]+)*"), key);
      }
    }
    assertEquals(List.of(), unused, "texts no code uses");
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
