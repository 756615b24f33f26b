package de.kontaktcharta.source.xingexport;

import java.util.List;

/**
 * One row of the messages file, which has six columns and no header. A conversation row fills the
 * first three ({@code subject, started, "Name1,Name2"}), a message row the last three ({@code
 * sender, sent, text}); message rows belong to the conversation row before them.
 *
 * @param shape what kind of row it is
 * @param cells the six cells
 */
record MessageRow(Shape shape, List<String> cells) {

  /** The kinds of row. */
  enum Shape {
    CONVERSATION,
    MESSAGE,
    /** Both halves filled: a conversation row that carries its first message. */
    BOTH,
    /** Wider than six columns with values beyond the sixth, or narrower than four. */
    MALFORMED
  }

  static final int WIDTH = 6;

  static MessageRow of(List<String> values) {
    if (values.size() < 4 || tooWide(values)) {
      return new MessageRow(Shape.MALFORMED, values);
    }
    String[] cells = new String[WIDTH];
    for (int i = 0; i < WIDTH; i++) {
      cells[i] = i < values.size() ? values.get(i) : "";
    }
    boolean conversation = !(cells[0].isBlank() && cells[1].isBlank() && cells[2].isBlank());
    boolean message = !(cells[3].isBlank() && cells[4].isBlank() && cells[5].isBlank());
    Shape shape =
        conversation && message ? Shape.BOTH : conversation ? Shape.CONVERSATION : Shape.MESSAGE;
    return new MessageRow(shape, List.of(cells));
  }

  private static boolean tooWide(List<String> values) {
    for (int i = WIDTH; i < values.size(); i++) {
      if (!values.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the first records of a head look like the messages file: the first row and at least
   * three in four have six columns and are conversation or message rows with dates where such rows
   * have them (a damaged row or two do not hide the file).
   */
  static boolean starts(List<List<String>> records) {
    int fit = 0;
    boolean dated = false;
    for (int i = 0; i < records.size(); i++) {
      List<String> record = records.get(i);
      MessageRow row = of(record);
      boolean ok =
          record.size() >= WIDTH
              && switch (row.shape()) {
                case CONVERSATION -> row.started().isBlank() || isTime(row.started());
                case MESSAGE, BOTH -> isTime(row.sent());
                case MALFORMED -> false;
              };
      if (!ok && i == 0) {
        return false;
      }
      if (ok) {
        fit++;
        dated |= isTime(row.started()) || isTime(row.sent());
      }
    }
    return dated && fit * 2 >= records.size();
  }

  private static boolean isTime(String cell) {
    return XingTime.parse(cell).isPresent();
  }

  String subject() {
    return cells.get(0);
  }

  String started() {
    return cells.get(1);
  }

  String participants() {
    return cells.get(2);
  }

  String sender() {
    return cells.get(3);
  }

  String sent() {
    return cells.get(4);
  }
}
