package de.kontaktcharta.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus of issue 7: every case makes its inputs in a folder of its own, runs, and
 * must end as its table row says, with every input's rows accounted for.
 */
class CorpusTest {

  @TempDir Path tmp;

  static List<CorpusCase> all() {
    List<CorpusCase> all = new ArrayList<>();
    all.addAll(CsvCases.all());
    all.addAll(EncodingCases.all());
    all.addAll(SizeCases.all());
    all.addAll(ArchiveCases.all());
    all.addAll(WorkbookCases.all());
    all.addAll(CardAndCalendarCases.all());
    all.addAll(FileSystemCases.all());
    all.addAll(OutputCases.all());
    all.addAll(ReviewCases.all());
    all.addAll(ChannelCases.all());
    all.addAll(SocialCases.all());
    all.addAll(HostileCases.all());
    all.addAll(LimitCases.all());
    all.addAll(ProcessCases.all());
    return all;
  }

  @TestFactory
  Stream<DynamicTest> corpus() {
    return all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  private void run(CorpusCase c) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve(c.name()));
    try {
      // a run that hangs (on a pipe, say) fails its case instead of stopping the build
      assertTimeoutPreemptively(
          Duration.ofMinutes(2),
          () -> {
            if (c instanceof CorpusCase.Run r) {
              CorpusRunner.run(r, dir);
            } else if (c instanceof CorpusCase.Direct d) {
              d.body().run(new Workspace(dir));
            }
          });
    } catch (AssertionError e) {
      // dynamic tests are numbered in the build's reports; the case's name says which one failed
      throw new AssertionError(c.name() + ": " + e.getMessage(), e);
    }
  }

  @Test
  void atLeastSixtyCasesWithDistinctNames() {
    List<CorpusCase> all = all();
    assertTrue(all.size() >= 60, "cases: " + all.size());
    assertEquals(all.size(), new HashSet<>(all.stream().map(CorpusCase::name).toList()).size());
  }
}
