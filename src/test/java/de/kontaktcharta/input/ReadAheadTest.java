package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.Fact;
import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Invitation;
import de.kontaktcharta.model.NetworkEntry;
import de.kontaktcharta.model.PersonRef;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.source.InputSink;
import de.kontaktcharta.source.SourceKinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files after a large one are read beside it, and the sink hears of them as if they had been read
 * one after the other: the same calls, in the same order, on the reading thread.
 */
class ReadAheadTest {

  @TempDir Path tmp;

  /** Every call as text, with the thread it came on. */
  private static final class LoggingSink implements InputSink {
    final List<String> calls = new ArrayList<>();
    final Set<Thread> threads = new HashSet<>();

    private void log(String call) {
      calls.add(call);
      threads.add(Thread.currentThread());
    }

    @Override
    public void begin(String file, InputKind kind) {
      log("begin " + file + " " + kind.code());
    }

    @Override
    public void network(NetworkEntry entry) {
      log("network " + entry);
    }

    @Override
    public void invitation(Invitation invitation) {
      log("invitation " + invitation);
    }

    @Override
    public void fact(Fact fact) {
      log("fact " + fact);
    }

    @Override
    public void owner(PersonRef owner, SourceRef source) {
      log("owner " + owner + " " + source);
    }

    @Override
    public void alias(PersonRef person, SourceRef source) {
      log("alias " + person + " " + source);
    }

    @Override
    public void problem(Problem problem) {
      log("problem " + problem);
    }

    @Override
    public void progress(String file, long rows) {
      log("progress " + file + " " + rows);
    }
  }

  /** A folder of several kinds, a CRM list with a broken row among them. */
  private Path folder() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("xing"));
    Files.writeString(
        in.resolve("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Nordlicht GmbH,CTO,03 Mar 2024\n"
            + "Ben,Kurz,https://www.linkedin.com/in/ben-kurz,,,,05 Apr 2025\n",
        StandardCharsets.UTF_8);
    StringBuilder messages =
        new StringBuilder(
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                + "DATE,SUBJECT,CONTENT,FOLDER\n");
    for (int i = 0; i < 3000; i++) {
      messages.append(
          String.format(
              "c-%d,,Anna Berg,https://www.linkedin.com/in/anna-berg,Eva Ich,"
                  + "https://www.linkedin.com/in/eva-ich,2025-0%d-1%d 10:00:00 UTC,,"
                  + "\"Danke für das Treffen, Nr. %d\",INBOX%n",
              i % 7, 1 + i % 9, i % 10, i));
    }
    Files.writeString(in.resolve("messages.csv"), messages, StandardCharsets.UTF_8);
    for (String name : List.of("Claudia Neumann", "Jörg Maaß", "Thomas Brandt")) {
      Files.writeString(
          in.resolve("xing/" + name.replace(' ', '_') + ".vcf"),
          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"
              + name
              + "\r\nN:"
              + name.substring(name.indexOf(' ') + 1)
              + ";"
              + name.substring(0, name.indexOf(' '))
              + ";;;\r\nORG:Beispiel AG\r\nEND:VCARD\r\n",
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        in.resolve("kunden.csv"),
        "Kundennummer;Firma;Ansprechpartner;E-Mail;Status;Letzter Kontakt\n"
            + "K-1;Nordlicht GmbH;Anna Berg;anna@nordlicht.example;Kunde;12.03.2026\n"
            + "K-2;Südwind AG;Ben Kurz;ben@suedwind.example;Interessent;31.02.2026\n"
            + "K-3;Westwerk KG;Cem Aydın;cem@westwerk.example;Kunde;01.09.2025\n",
        StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void filesReadAheadReachTheSinkAsIfReadInTurn() throws IOException {
    Path in = folder();
    long messages = Files.size(in.resolve("messages.csv"));
    LoggingSink oneByOne = new LoggingSink();
    LoggingSink ahead = new LoggingSink();

    Inputs.Reading plain =
        new Inputs(SourceKinds.standard(), Long.MAX_VALUE).read(List.of(in), Map.of(), oneByOne);
    Inputs.Reading read =
        new Inputs(SourceKinds.standard(), messages).read(List.of(in), Map.of(), ahead);

    assertTrue(
        oneByOne.calls.stream().filter(c -> c.startsWith("begin")).count() >= 4,
        () -> "the folder has connections, messages, vCards and a CRM list: " + oneByOne.calls);
    assertTrue(
        oneByOne.calls.stream().anyMatch(c -> c.startsWith("problem")),
        "the CRM list's 31 February is reported");
    assertEquals(oneByOne.calls, ahead.calls);
    assertEquals(
        plain.summaries().stream().map(InputSummary::toString).toList(),
        read.summaries().stream().map(InputSummary::toString).toList());
    assertEquals(Set.of(Thread.currentThread()), ahead.threads, "the sink needs no locks");
  }

  @Test
  void theFilesAfterTheLargeOneAreReadOnAnotherThread() throws IOException {
    Path in = folder();
    List<String> aside;
    List<Thread> spare = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (InputPlan plan = new InputPlanner().plan(List.of(in), Map.of());
        ReadAhead reading =
            new ReadAhead(
                new InputReaders(),
                plan.recognised(),
                Files.size(in.resolve("messages.csv")),
                () -> spare.add(Thread.currentThread()))) {
      for (int i = 0; i < plan.recognised().size(); i++) {
        reading.read(i, new LoggingSink());
      }
      aside = reading.aside();
    }
    assertEquals(1, spare.size(), "the spare core's task runs once");

    assertTrue(aside.stream().noneMatch(f -> f.endsWith("Connections.csv")), "before: " + aside);
    assertTrue(
        aside.stream().noneMatch(f -> f.endsWith("messages.csv")), "the large one: " + aside);
    // the files after it: each read aside, unless the reading thread came to it first
    assertTrue(
        aside.stream().anyMatch(f -> f.endsWith(".vcf") || f.endsWith("kunden.csv")),
        () -> "vCards and CRM list: " + aside);
  }

  @Test
  void withoutALargeFileTheSpareTaskRunsAfterTheLastFile() throws IOException {
    Path in = folder();
    LoggingSink sink = new LoggingSink();
    List<String> order = sink.calls;

    new Inputs(SourceKinds.standard(), Long.MAX_VALUE)
        .read(List.of(in), Map.of(), sink, () -> order.add("spare"));

    assertEquals("spare", order.get(order.size() - 1), order::toString);
    assertEquals(1, order.stream().filter("spare"::equals).count());
  }
}
