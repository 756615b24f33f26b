package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manifest.js}: {@code window.__THAR_CONFIG = {"userInfo": {…}, "archiveInfo": {…},
 * "dataTypes": {"<type>": {"files": [{"fileName", "globalName", "count"}]}}}}.
 */
final class ManifestReader {

  private final List<XManifestFile> files = new ArrayList<>();
  private XAccount owner;
  private Instant generatedAt;

  void read(XFile file) throws IOException {
    if (!file.expect(JsonToken.START_OBJECT)) {
      return;
    }
    JsonParser p = file.parser();
    SourceRef source = file.here();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
      } else if ("userInfo".equals(field)) {
        owner = AccountReader.account(p, file.here());
      } else if ("archiveInfo".equals(field)) {
        archiveInfo(file);
      } else if ("dataTypes".equals(field)) {
        dataTypes(p);
      } else {
        p.skipChildren();
      }
    }
    XAccount known = owner == null || owner.accountId().isEmpty() ? null : owner;
    file.sink().manifest(new XManifest(known, generatedAt, files, source));
    file.used();
  }

  private void archiveInfo(XFile file) throws IOException {
    JsonParser p = file.parser();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      SourceRef at = file.here();
      String value = XJson.text(p);
      if ("generationDate".equals(field)) {
        generatedAt = XJson.instant(value);
      } else if ("isPartialArchive".equals(field) && "true".equals(value)) {
        file.note(at, Severity.WARNING, Message.of("problem.x-partial-archive"));
      }
    }
  }

  private void dataTypes(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String type = p.currentName();
      p.nextToken();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("files".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            file(p, type);
          }
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private void file(JsonParser p, String type) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    String fileName = "";
    String globalName = "";
    int count = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      String value = XJson.text(p);
      if ("fileName".equals(field) && value != null) {
        fileName = value;
      } else if ("globalName".equals(field) && value != null) {
        globalName = value;
      } else if ("count".equals(field)) {
        count = count(value);
      }
    }
    if (!fileName.isEmpty()) {
      files.add(new XManifestFile(type, fileName, globalName, count));
    }
  }

  private static int count(String value) {
    try {
      return value == null ? -1 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
