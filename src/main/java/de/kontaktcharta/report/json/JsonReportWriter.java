package de.kontaktcharta.report.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import de.kontaktcharta.report.Cell;
import de.kontaktcharta.report.Report;
import de.kontaktcharta.report.Sheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as JSON for scripts: {@code {"language": …, "sheets": {"contacts": [{…}]}}}, one
 * object per row keyed by the language-independent column keys, dates as ISO text, numbers as
 * numbers. The Summary, which has no table layout, is a list of rows.
 */
public final class JsonReportWriter {

  public void write(Report report, OutputStream out) throws IOException {
    // The caller owns the stream: it still has to flush and sync it to disk.
    JsonFactory factory =
        JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("language", report.language());
      json.writeObjectFieldStart("sheets");
      for (Sheet sheet : report.sheets()) {
        json.writeArrayFieldStart(sheet.kind().name().toLowerCase(Locale.ROOT));
        for (List<Cell> row : sheet.rows()) {
          if (sheet.table()) {
            json.writeStartObject();
            for (int c = 0; c < row.size() && c < sheet.columns().size(); c++) {
              json.writeFieldName(sheet.columns().get(c).key());
              value(json, row.get(c));
            }
            json.writeEndObject();
          } else {
            json.writeStartArray();
            for (Cell cell : row) {
              value(json, cell);
            }
            json.writeEndArray();
          }
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private static void value(JsonGenerator json, Cell cell) throws IOException {
    if (cell.number() != null) {
      json.writeNumber(cell.number());
    } else {
      json.writeString(cell.plain());
    }
  }
}
