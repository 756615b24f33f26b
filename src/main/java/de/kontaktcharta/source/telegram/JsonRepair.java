package de.kontaktcharta.source.telegram;

import java.io.IOException;
import java.io.Reader;

/**
 * Repairs, line by line, the two ways Telegram Desktop has written invalid JSON: control characters
 * as {@code \x01} (valid would be <code>&#92;u0001</code>; still so in 2024), and in version 4.1.1
 * custom-emoji values without quotes ({@code "document_id": video_files/sticker.webm}). Telegram
 * writes one key per line, so a line is the unit; no line break is added or removed, and line
 * numbers stay those of the file.
 */
final class JsonRepair extends Reader {

  /** Longer lines are passed on in pieces; Telegram's longest are a few KB of message text. */
  static final int MAX_LINE = 1 << 20;

  private final Reader in;
  private final int maxLine;
  private final char[] buffer = new char[8192];
  private int bufferPos;
  private int bufferEnd;
  private boolean eof;
  private final StringBuilder line = new StringBuilder();
  private String out = "";
  private int outPos;
  private int escapes;
  private int unquoted;
  private boolean started;

  JsonRepair(Reader in) {
    this(in, MAX_LINE);
  }

  JsonRepair(Reader in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** How many {@code \x..} escapes were turned into <code>&#92;u00..</code>. */
  int escapes() {
    return escapes;
  }

  /** How many unquoted values were put in quotes. */
  int unquoted() {
    return unquoted;
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    int total = 0;
    while (total < len) {
      if (outPos >= out.length()) {
        if (!nextLine()) {
          break;
        }
        continue;
      }
      int n = Math.min(len - total, out.length() - outPos);
      out.getChars(outPos, outPos + n, target, off + total);
      outPos += n;
      total += n;
    }
    return total == 0 && len > 0 ? -1 : total;
  }

  /** Reads up to and including the next line break (or a piece of about {@code maxLine}). */
  private boolean nextLine() throws IOException {
    int limit = maxLine;
    boolean complete = false;
    while (true) {
      while (line.length() < limit && !complete) {
        if (bufferPos == bufferEnd && !fill()) {
          complete = true;
          break;
        }
        int stop = Math.min(bufferEnd, bufferPos + limit - line.length());
        int i = bufferPos;
        while (i < stop && buffer[i] != '\n') {
          i++;
        }
        complete = i < stop;
        int end = complete ? i + 1 : stop;
        line.append(buffer, bufferPos, end - bufferPos);
        bufferPos = end;
      }
      if (line.length() == 0) {
        return false;
      }
      if (!started) {
        started = true;
        if (line.charAt(0) == '\uFEFF') {
          line.deleteCharAt(0); // a byte order mark, which Jackson does not skip in text
          continue;
        }
      }
      if (complete) {
        out = repairValue(repairEscapes(line, line.length()));
        line.setLength(0);
        break;
      }
      int carry = carryFrom(line);
      if (carry > 0) {
        out = repairEscapes(line, carry);
        line.delete(0, carry);
        break;
      }
      limit += 4; // the piece is one run of backslashes: read on until an escape fits
    }
    outPos = 0;
    return true;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n < 0) {
      eof = true;
      return false;
    }
    bufferPos = 0;
    bufferEnd = n;
    return true;
  }

  /** Where a piece must end so that no escape is cut: before a backslash run near its end. */
  private static int carryFrom(CharSequence piece) {
    int end = piece.length();
    int run = end;
    while (run > 0 && piece.charAt(run - 1) == '\\') {
      run--;
    }
    if (run < end) {
      return run;
    }
    for (int i = end - 1; i >= Math.max(0, end - 3); i--) {
      if (piece.charAt(i) == '\\') {
        int start = i;
        while (start > 0 && piece.charAt(start - 1) == '\\') {
          start--;
        }
        return start;
      }
    }
    return end;
  }

  /**
   * {@code \xHH} becomes <code>&#92;u00HH</code>; escape pairs such as {@code \\} are left as they
   * are.
   */
  private String repairEscapes(CharSequence text, int end) {
    StringBuilder result = null;
    int copied = 0;
    int i = 0;
    while (i < end) {
      if (text.charAt(i) != '\\' || i + 1 >= end) {
        i++;
        continue;
      }
      if (text.charAt(i + 1) == 'x'
          && i + 3 < end
          && hex(text.charAt(i + 2))
          && hex(text.charAt(i + 3))) {
        result = result == null ? new StringBuilder(end + 16) : result;
        result.append(text, copied, i).append("\\u00").append(text, i + 2, i + 4);
        copied = i + 4;
        escapes++;
        i += 4;
      } else {
        i += 2;
      }
    }
    if (result == null) {
      return text.subSequence(0, end).toString();
    }
    return result.append(text, copied, end).toString();
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A {@code "key": value} line whose value is no JSON value gets the value quoted. */
  private String repairValue(String text) {
    int colon = keyEnd(text);
    if (colon < 0) {
      return text;
    }
    int start = colon + 1;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    // strings, objects, lists, and anything number-like (a broken number is no file path)
    if (start >= text.length() || "\"{[-0123456789\r\n".indexOf(text.charAt(start)) >= 0) {
      return text;
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    boolean comma = text.charAt(end - 1) == ',';
    String value = text.substring(start, comma ? end - 1 : end).trim();
    if (value.isEmpty() || validScalar(value)) {
      return text;
    }
    unquoted++;
    String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return text.substring(0, start) + quoted + (comma ? "," : "") + text.substring(end);
  }

  /** The index of the colon after a leading {@code "key"}, or -1 when the line is no such pair. */
  private static int keyEnd(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '"') {
      return -1;
    }
    int close = i + 1;
    while (close < text.length() && text.charAt(close) != '"') {
      if (text.charAt(close) == '\\') {
        return -1;
      }
      close++;
    }
    int colon = close + 1;
    return colon < text.length() && text.charAt(colon) == ':' ? colon : -1;
  }

  private static boolean validScalar(String value) {
    return value.equals("true")
        || value.equals("false")
        || value.equals("null")
        || value.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
