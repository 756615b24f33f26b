package de.kontaktcharta.app;

/** The forms a report can be written in. */
public enum OutputFormat {
  /** The workbook for people: {@code kontaktcharta-DATE.xlsx}. */
  XLSX("xlsx"),
  /** One CSV file per sheet, in {@code kontaktcharta-DATE.csv.zip}. */
  CSV("csv.zip"),
  /** The sheets as JSON, {@code kontaktcharta-DATE.json}. */
  JSON("json");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
