package de.kontaktcharta.input.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part of a slash date ({@code 05/01/2021}) is the month. LinkedIn writes the month first; a
 * file re-saved by a spreadsheet set to British or Spanish writes the day first, and only a day
 * above 12 somewhere in the file tells the two apart. Decided once per file from its first part, so
 * that every row of one file is read the same way.
 */
public enum DateOrder {
  MONTH_FIRST,
  DAY_FIRST;

  private static final Pattern SLASH_DATE =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])");

  /**
   * The order the slash dates in the text show (the part of a file detection reads), month first
   * when they show none or both.
   */
  public static DateOrder of(CharSequence text) {
    boolean dayAbove12 = false;
    boolean monthAbove12 = false;
    Matcher m = SLASH_DATE.matcher(text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      dayAbove12 |= first > 12 && second <= 12;
      monthAbove12 |= second > 12 && first <= 12;
    }
    return dayAbove12 && !monthAbove12 ? DAY_FIRST : MONTH_FIRST;
  }
}
