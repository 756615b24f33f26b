package de.kontaktcharta.source.ldif;

import de.kontaktcharta.model.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the part of an LDIF line after the attribute name: {@code : text}, {@code :: base64}
 * (UTF-8 inside, as Thunderbird writes every value with an umlaut) or {@code :< URL}.
 */
final class LdifValues {

  private static final java.util.regex.Pattern WHITE_SPACE =
      java.util.regex.Pattern.compile("\\s+");

  private final List<LdifProblem> problems;

  LdifValues(List<LdifProblem> problems) {
    this.problems = problems;
  }

  /**
   * The value, or empty when it cannot be read (then the problem is recorded).
   *
   * @param line the line number for problems
   * @param name the attribute, for problems
   * @param rest the text after the first colon
   */
  Optional<String> decode(int line, String name, String rest) {
    if (rest.startsWith(":")) {
      return base64(line, name, rest.substring(1).strip());
    }
    if (rest.startsWith("<")) {
      problems.add(
          new LdifProblem(
              line, Message.of("problem.ldif-line.reference", name, rest.substring(1).strip())));
      return Optional.empty();
    }
    String value = skipSpaces(rest);
    if (value.indexOf('\uFFFD') >= 0) {
      problems.add(new LdifProblem(line, Message.of("problem.ldif-line.not-utf8", name)));
    }
    return Optional.of(value);
  }

  private Optional<String> base64(int line, String name, String encoded) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(WHITE_SPACE.matcher(encoded).replaceAll(""));
    } catch (IllegalArgumentException e) {
      problems.add(
          new LdifProblem(
              line, Message.of("problem.ldif-line.bad-base64", name, LdifReader.excerpt(encoded))));
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      // older tools encoded the bytes of their own code page; Latin-1 keeps every byte readable
      problems.add(new LdifProblem(line, Message.of("problem.ldif-line.base64-latin1", name)));
      return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
    }
  }

  private static String skipSpaces(String rest) {
    int i = 0;
    while (i < rest.length() && rest.charAt(i) == ' ') {
      i++;
    }
    return rest.substring(i);
  }
}
