package de.kontaktcharta.bench;

import de.kontaktcharta.source.mail.MailHeaders;
import de.kontaktcharta.source.mail.MailListener;
import de.kontaktcharta.source.mail.MailPosition;
import de.kontaktcharta.source.mail.MailProblem;
import de.kontaktcharta.source.mail.MailReadSummary;
import de.kontaktcharta.source.mail.MboxReader;
import de.kontaktcharta.source.mail.SkipReason;
import de.kontaktcharta.source.whatsapp.ChatListener;
import de.kontaktcharta.source.whatsapp.ChatMessage;
import de.kontaktcharta.source.whatsapp.ChatProblem;
import de.kontaktcharta.source.whatsapp.ChatReader;
import de.kontaktcharta.source.whatsapp.ChatSource;
import de.kontaktcharta.source.whatsapp.ChatSummary;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The mail and chat benchmark of issue 17: header-only reading of a large mbox (target: at least
 * 100 MB/s, and a 2 GB mailbox within {@code -Xmx256m}), and reading many WhatsApp exports.
 * Generated files are kept and reused when they already have the asked size.
 *
 * <p>Usage: {@code MailBench DIR MBOX_MB [CHATS LINES]}; writes {@code DIR/bench-lf.mbox}, {@code
 * DIR/bench-crlf.mbox} (each MBOX_MB) and {@code DIR/chats/}, reads each mbox twice (the first read
 * may come from disk, the second from the page cache) and prints one line per measurement.
 */
public final class MailBench {

  private static final long MB = 1L << 20;

  /** CPU time of the reading thread: wall time alone depends on what else the machine runs. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** Counts outcomes and touches what a caller would use, so nothing is optimised away. */
  private static final class Tally implements MailListener, ChatListener {
    long messages;
    long skipped;
    long problems;
    long check;

    @Override
    public void message(MailHeaders headers) {
      messages++;
      check += headers.from().get(0).address().length() + headers.recipients().size();
      check += headers.bulk() ? 1 : 0;
    }

    @Override
    public void skipped(MailPosition position, SkipReason reason) {
      skipped++;
    }

    @Override
    public void problem(MailProblem problem) {
      problems++;
    }

    @Override
    public void message(ChatMessage message) {
      messages++;
      check += message.author().length();
    }

    @Override
    public void problem(ChatProblem problem) {
      problems++;
    }
  }

  private MailBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 4) {
      System.err.println("usage: MailBench DIR MBOX_MB [CHATS LINES]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long bytes = Long.parseLong(args[1]) * MB;
    Files.createDirectories(dir);
    System.out.printf(
        Locale.ROOT,
        "heap limit %d MB, %d cores%n",
        Runtime.getRuntime().maxMemory() / MB,
        Runtime.getRuntime().availableProcessors());
    for (boolean crlf : new boolean[] {false, true}) {
      Path file = dir.resolve(crlf ? "bench-crlf.mbox" : "bench-lf.mbox");
      if (!Files.exists(file) || Files.size(file) < bytes) {
        long start = System.nanoTime();
        int count = new MailboxFile(42, crlf).write(file, bytes);
        System.out.printf(
            Locale.ROOT,
            "generated %s: %d MB, %d messages in %.1f s%n",
            file.getFileName(),
            Files.size(file) / MB,
            count,
            seconds(start));
      }
      for (int run = 1; run <= 2; run++) {
        readMbox(file, run);
      }
    }
    if (args.length == 4) {
      for (int run = 1; run <= 2; run++) {
        chats(dir.resolve("chats"), Integer.parseInt(args[2]), Integer.parseInt(args[3]), run);
      }
    }
    System.out.printf(Locale.ROOT, "peak heap used (sum of pool peaks) %d MB%n", peakHeap() / MB);
  }

  private static void readMbox(Path file, int run) throws IOException {
    Tally tally = new Tally();
    long cpu = CPU.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    MailReadSummary summary;
    try (InputStream in = Files.newInputStream(file)) {
      summary = new MboxReader().read(in, file.getFileName().toString(), tally);
    }
    double seconds = seconds(start);
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
    double mb = summary.bytes() / (double) MB;
    System.out.printf(
        Locale.ROOT,
        "mbox %s run %d: %.0f MB, %d messages (%d delivered, %d problems) in %.2f s = %.0f MB/s"
            + " (CPU %.2f s = %.0f MB/s), %.0f messages/s; heap used now %d MB [%d]%n",
        file.getFileName(),
        run,
        mb,
        summary.messages(),
        tally.messages,
        tally.problems,
        seconds,
        mb / seconds,
        cpuSeconds,
        mb / cpuSeconds,
        summary.messages() / seconds,
        usedHeap() / MB,
        tally.check % 10);
  }

  private static void chats(Path dir, int chats, int lines, int run) throws IOException {
    if (!Files.isDirectory(dir)) {
      new ChatFiles(7).write(dir, chats, lines);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    Tally tally = new Tally();
    long bytes = 0;
    long cpu = CPU.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int groups = 0;
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        ChatSummary summary = new ChatReader().read(in, ChatSource.of(file.toString()), tally);
        groups += summary.group() ? 1 : 0;
      }
      bytes += Files.size(file);
    }
    double seconds = seconds(start);
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "chats run %d: %d files (%d groups), %.1f MB, %d lines in %.2f s = %.1f MB/s"
            + " (CPU %.2f s = %.1f MB/s), %.0f lines/s%n",
        run,
        files.size(),
        groups,
        bytes / (double) MB,
        tally.messages,
        seconds,
        bytes / (double) MB / seconds,
        cpuSeconds,
        bytes / (double) MB / cpuSeconds,
        tally.messages / seconds);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
