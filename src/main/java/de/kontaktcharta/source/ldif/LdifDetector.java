package de.kontaktcharta.source.ldif;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises LDIF by its first bytes, whatever the file is called: after comments and blank lines
 * the text starts with {@code version:} or {@code dn:}, and the following lines are attribute lines
 * ({@code name: value}, {@code name:: base64}, {@code name:< url}), continuations, comments or
 * {@code -} separators; one line in ten may be broken, as in a damaged export. This holds for
 * Thunderbird's export ({@code objectclass: mozillaAbPersonAlpha}) and for the output of {@code
 * ldapsearch} and other LDAP tools.
 */
public final class LdifDetector {

  /** How many bytes of the file's start the detector wants to see. */
  public static final int HEAD_BYTES = 4096;

  private static final Pattern ATTRIBUTE_LINE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.;_-]*:.*");

  /** At most one line in this many may be no attribute line, as in a damaged export. */
  private static final int MAX_BROKEN_SHARE = 10;

  private static final Pattern NEWLINE = Pattern.compile("\r?\n|\r");

  /**
   * True when the head of a file is LDIF.
   *
   * @param head the first bytes of the file (at most {@link #HEAD_BYTES} are looked at)
   * @param complete true when the head is the whole file, so that its last line is not cut off
   */
  public boolean matches(byte[] head, boolean complete) {
    int length = Math.min(head.length, HEAD_BYTES);
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = NEWLINE.split(text, -1);
    // a line cut off by the end of the head says nothing
    boolean lastLineWhole = head.length <= HEAD_BYTES && (complete || endsWithNewline(text));
    int usable = lastLineWhole ? lines.length : lines.length - 1;
    boolean seenDn = false;
    boolean firstSignificant = true;
    boolean inComment = false;
    int attributes = 0;
    int broken = 0;
    for (int i = 0; i < usable; i++) {
      String line = lines[i];
      if (line.startsWith(" ")) {
        if (firstSignificant && !inComment) {
          return false;
        }
        continue;
      }
      inComment = line.startsWith("#");
      if (inComment || line.isBlank() || line.equals("-")) {
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      boolean dn = lower.startsWith("dn:");
      if (firstSignificant && !dn && !lower.startsWith("version:")) {
        return false;
      }
      firstSignificant = false;
      if (ATTRIBUTE_LINE.matcher(line).matches()) {
        attributes++;
      } else {
        broken++;
      }
      seenDn |= dn;
    }
    // a damaged address book is still one: its reader names the broken lines
    return seenDn && broken * MAX_BROKEN_SHARE <= attributes;
  }

  private static boolean endsWithNewline(String text) {
    return text.endsWith("\n") || text.endsWith("\r");
  }
}
