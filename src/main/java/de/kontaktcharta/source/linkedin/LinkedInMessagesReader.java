package de.kontaktcharta.source.linkedin;

import de.kontaktcharta.input.table.BadDateException;
import de.kontaktcharta.input.table.Cells;
import de.kontaktcharta.input.table.ColumnMap;
import de.kontaktcharta.input.table.DateParser;
import de.kontaktcharta.input.table.Field;
import de.kontaktcharta.input.table.Row;
import de.kontaktcharta.input.table.RowCounter;
import de.kontaktcharta.input.table.RowSource;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.MessageFact;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.TextFold;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.TableReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * LinkedIn's {@code messages.csv} (all header versions since 2018). Drafts are skipped; group
 * recipients come from {@code RECIPIENT PROFILE URLS}, because names in {@code TO} may contain
 * commas themselves.
 */
public final class LinkedInMessagesReader implements TableReader {

  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  private static final Field FROM = Field.of("from", "from");
  private static final Field SENDER_URL = Field.of("sender profile url", "sender profile url");
  private static final Field TO = Field.of("to", "to");
  private static final Field RECIPIENT_URLS =
      Field.of("recipient profile urls", "recipient profile urls");
  private static final Field DATE = Field.of("date", "date");
  private static final Field SUBJECT = Field.of("subject", "subject");
  private static final Field CONTENT = Field.of("content", "content");
  private static final Field DRAFT = Field.of("is message draft", "is message draft");

  private final DateParser dates;

  public LinkedInMessagesReader(DateParser dates) {
    this.dates = dates;
  }

  @Override
  public List<Field> fields() {
    return List.of(FROM, SENDER_URL, TO, RECIPIENT_URLS, DATE, SUBJECT, CONTENT, DRAFT);
  }

  @Override
  public void read(RowSource rows, RowCounter counter, InputSink sink) throws IOException {
    ColumnMap cols = ColumnMap.of(rows.header(), fields());
    int from = cols.index(FROM);
    int senderUrl = cols.index(SENDER_URL);
    int to = cols.index(TO);
    int recipientUrls = cols.index(RECIPIENT_URLS);
    int date = cols.index(DATE);
    int subject = cols.index(SUBJECT);
    int content = cols.index(CONTENT);
    int draft = cols.index(DRAFT);
    Row row;
    while ((row = rows.next()) != null) {
      if (row.get(draft).trim().equalsIgnoreCase("yes")) {
        counter.skip(row.line(), Severity.INFO, Message.of("problem.draft"));
        continue;
      }
      PersonRef sender = PersonRef.named(row.get(from), Cells.optional(row.get(senderUrl)));
      List<PersonRef> recipients = recipients(row.get(to), row.get(recipientUrls));
      if (sender.isEmpty() && recipients.isEmpty()) {
        counter.skip(row.line(), Message.of("problem.missing-person.message"));
        continue;
      }
      LocalDate day = null;
      try {
        day = dates.parse(row.get(date)).orElse(null);
      } catch (DateTimeException e) {
        counter.note(
            row.line(), Message.of("problem.bad-date.kept", "DATE", BadDateException.why(e)));
      }
      String text = HtmlText.toText(row.get(content));
      String subj = row.get(subject);
      if (!subj.isBlank()) {
        text = subj + " " + text;
      }
      sink.fact(MessageFact.linkedIn(sender, recipients, day, text, counter.at(row.line())));
      counter.used();
    }
  }

  static List<PersonRef> recipients(String names, String urls) {
    List<String> urlList = new ArrayList<>();
    for (String url : urls.split(",")) {
      String u = TextFold.clean(url);
      if (!u.isEmpty()) {
        urlList.add(u);
      }
    }
    String allNames = TextFold.clean(names);
    if (urlList.size() <= 1) {
      PersonRef only = PersonRef.named(allNames, urlList.isEmpty() ? "" : urlList.get(0));
      return only.isEmpty() ? List.of() : List.of(only);
    }
    String[] split = COMMA.split(allNames);
    List<PersonRef> people = new ArrayList<>(urlList.size());
    for (int i = 0; i < urlList.size(); i++) {
      // names pair with URLs only when the counts agree; a name with a comma breaks the pairing
      String name = split.length == urlList.size() ? split[i] : "";
      people.add(PersonRef.named(name, urlList.get(i)));
    }
    return people;
  }
}
