package de.kontaktcharta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.InputSummary;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.source.SourceKinds;
import de.kontaktcharta.source.reasons.ReasonsKind;
import de.kontaktcharta.testing.RecordingSink;
import de.kontaktcharta.testing.SampleArchive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way in: discovery, detection, the LinkedIn-archive rules and reading together. */
class InputsTest {

  @TempDir Path tmp;

  /** Notes which files the reader was told of, in order. */
  private static final class BeginSink extends RecordingSink {
    final List<InputKind> begun = new ArrayList<>();

    @Override
    public void begin(String file, InputKind kind) {
      begun.add(kind);
    }
  }

  @Test
  void filesAreReadInRegistryOrderAndTheArchiveNameDatesTheExport() throws Exception {
    SampleArchive.zip(tmp.resolve("Basic_LinkedInDataExport_10-25-2026.zip"));
    SampleArchive.zip(tmp.resolve("Basic_LinkedInDataExport_11-20-2026.zip"));
    BeginSink sink = new BeginSink();

    Inputs.Reading reading = new Inputs().read(List.of(tmp), Map.of(), sink);

    assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), reading.exportDate());
    List<InputKind> kinds = reading.summaries().stream().map(InputSummary::kind).toList();
    assertEquals(kinds, sink.begun, "the sink hears of every file before its rows");
    List<InputKind> sorted = new ArrayList<>(kinds);
    sorted.sort(SourceKinds.standard().order());
    assertEquals(sorted, kinds);
    assertTrue(
        reading.summaries().stream()
            .filter(s -> s.kind().has(InputKind.Trait.WHOLE_HISTORY))
            .allMatch(s -> s.file().contains("11-20-2026")));
    assertTrue(
        reading.problems().stream().map(Problem::code).anyMatch("export-superseded"::equals));
  }

  @Test
  void theLedgerIsReadAsTheKindGivenWhateverItsHeaderLooksLike() throws Exception {
    Path ledger = tmp.resolve("reasons.csv");
    Files.writeString(
        ledger,
        "Contact ID,Key,Name,Reason,Decision,Note,Recorded\nC-1,,Anna Berg,MET,,,2026-11-01\n",
        StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();

    Inputs.Reading reading = new Inputs().readOne(ledger, ReasonsKind.KIND, sink);

    assertEquals(1, reading.summaries().size());
    assertEquals(ReasonsKind.KIND, reading.summaries().get(0).kind());
    assertEquals(1, sink.facts.size());
    assertEquals(Optional.empty(), reading.exportDate());
  }

  @Test
  void aCheckShowsUnrecognisedFilesWithoutReadingThem() throws Exception {
    Files.writeString(
        tmp.resolve("notes.txt"), "just\nsome\nprose\nhere\n", StandardCharsets.UTF_8);
    List<Problem> planProblems = new ArrayList<>();

    List<Inputs.Checked> checked = new Inputs().check(List.of(tmp), Map.of(), planProblems);

    assertEquals(1, checked.size());
    assertTrue(checked.get(0).summary().isEmpty());
    assertEquals(List.of("input-unknown"), planProblems.stream().map(Problem::code).toList());
  }
}
