package de.kontaktcharta.source.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the owner's name from a profile file: Facebook's {@code profile_information.json} ({@code
 * profile_v2.name.full_name}; {@code profile} in older exports) or Instagram's {@code
 * personal_information.json} ({@code profile_user[0].string_map_data.Name.value}, whose labels
 * follow the account's language).
 */
public final class MetaProfileReader {

  /** Labels of Instagram's name field: English; German "Name" is the same word. */
  private static final Set<String> NAME_LABELS = Set.of("name", "full name", "vollständiger name");

  private static final Set<String> USERNAME_LABELS =
      Set.of("username", "benutzername", "nutzername");

  /**
   * The owner, or empty with a problem when the file names none. Never throws.
   *
   * @param file the display name used in the source reference
   */
  public Optional<MetaOwner> read(InputStream in, String file, Consumer<Problem> problems) {
    JsonParser parser = null;
    try {
      parser = JsonValues.parser(in);
      Optional<MetaOwner> owner = root(parser, file);
      if (owner.isEmpty()) {
        problems.accept(
            Problem.note(
                SourceRef.wholeFile(file), Severity.WARNING, Message.of("problem.meta-no-owner")));
      }
      return owner;
    } catch (IOException | RuntimeException e) {
      problems.accept(MetaMessagesReader.broken(file, parser, e));
      return Optional.empty();
    }
  }

  private static Optional<MetaOwner> root(JsonParser p, String file) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return Optional.empty();
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ((field.equals("profile_v2") || field.equals("profile"))
          && value == JsonToken.START_OBJECT) {
        Optional<String> name = facebookName(p);
        if (name.isPresent()) {
          return Optional.of(
              new MetaOwner(MetaPlatform.FACEBOOK, name.get(), null, new SourceRef(file, 0)));
        }
      } else if (field.equals("profile_user") && value == JsonToken.START_ARRAY) {
        return instagram(p, file);
      } else {
        p.skipChildren();
      }
    }
    return Optional.empty();
  }

  /** {@code name.full_name} of the profile object, or the name when it is a plain string. */
  private static Optional<String> facebookName(JsonParser p) throws IOException {
    String name = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("name") && value == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String part = p.currentName();
          JsonToken v = p.nextToken();
          String text = part.equals("full_name") ? JsonValues.text(p, v) : skip(p);
          name = text != null ? text : name;
        }
      } else if (field.equals("name") && value == JsonToken.VALUE_STRING) {
        name = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return clean(name);
  }

  private static Optional<MetaOwner> instagram(JsonParser p, String file) throws IOException {
    String name = null;
    String username = null;
    if (p.nextToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals("string_map_data") || value != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String label = Mojibake.repair(p.currentName()).strip().toLowerCase(Locale.ROOT);
          String text = labelledValue(p, p.nextToken());
          if (NAME_LABELS.contains(label)) {
            name = text;
          } else if (USERNAME_LABELS.contains(label)) {
            username = text;
          }
        }
      }
    }
    Optional<String> user = clean(username);
    Optional<String> owner = clean(name).or(() -> user);
    return owner.map(
        n -> new MetaOwner(MetaPlatform.INSTAGRAM, n, user.orElse(null), new SourceRef(file, 0)));
  }

  /** The {@code value} of a {@code {"href", "value", "timestamp"}} entry. */
  private static String labelledValue(JsonParser p, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String value = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      String text = field.equals("value") ? JsonValues.text(p, v) : skip(p);
      value = text != null ? text : value;
    }
    return value;
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static Optional<String> clean(String raw) {
    String name = MetaNames.clean(Mojibake.repair(raw));
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
