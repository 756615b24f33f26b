package de.kontaktcharta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the benchmark workload in the real export formats, the same bytes for the same seed.
 *
 * <p>Usage: {@code Workload DIR SCALE SEED}; scale 1 is the README's benchmark workload (30,000
 * connections, 1,000,000 message rows, 5,000 invitations, 2,000 CRM rows, 3,000 events, 500
 * vCards). Prints what it wrote, starting with {@link #VERSION}.
 *
 * <p>{@code Workload DIR SCALE SEED PRESET} shapes the messages by a {@link Preset} ({@code
 * standard}, {@code long}, {@code html}, {@code twoway}).
 *
 * <p>{@code Workload DIR SCALE SEED channels} writes the other channels instead: a Takeout-like
 * mailbox of 200 MB and 100 WhatsApp exports of 2,000 lines at scale 1, measured on their own
 * against the issue 17 targets (at least 100 MB/s end to end, within {@code -Xmx256m}).
 */
public final class Workload {

  /** Bump when the generated files change, so that cached workloads are made anew. */
  static final int VERSION = 2;

  static final LocalDate EXPORT_DATE = LocalDate.of(2026, 11, 15);

  private Workload() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      System.err.println("usage: Workload DIR SCALE SEED [channels|PRESET]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    double scale = Double.parseDouble(args[1]);
    long seed = Long.parseLong(args[2]);
    Files.createDirectories(dir);
    if (args.length == 4 && args[3].equals("channels")) {
      System.out.print(channels(dir, scale, seed));
      return;
    }
    Preset preset = args.length == 4 ? Preset.of(args[3]) : Preset.STANDARD;
    // The summary goes to stdout, not into the folder: the tool would list it as an input.
    System.out.print(generate(dir, scale, seed, preset));
  }

  static String generate(Path dir, double scale, long seed, Preset preset) throws IOException {
    int connections = count(30_000, scale);
    int messages = count(1_000_000, scale);
    int invitations = count(5_000, scale);
    int endorsements = count(2_000, scale);
    int crm = count(2_000, scale);
    int events = count(3_000, scale);
    int vcards = count(500, scale);
    // One generator per file, so that a change to one file leaves the others as they were.
    People people = new People(new Random(seed), EXPORT_DATE, connections);
    Path archive = dir.resolve("Complete_LinkedInDataExport_11-15-2026");
    Files.createDirectories(archive);
    LinkedInArchive linkedIn = new LinkedInArchive(archive, people, EXPORT_DATE);
    linkedIn.connections(new Random(seed + 1));
    List<Person> openInviters = linkedIn.invitations(invitations, new Random(seed + 2));
    linkedIn.endorsements(endorsements, new Random(seed + 3));
    linkedIn.profile();
    new MessagesFile(people, openInviters, EXPORT_DATE, preset)
        .write(archive.resolve("messages.csv"), messages, new Random(seed + 4));
    OtherFiles other = new OtherFiles(people, EXPORT_DATE);
    Files.createDirectories(dir.resolve("crm"));
    other.crm(dir.resolve("crm").resolve("kunden.csv"), crm, new Random(seed + 5));
    Files.createDirectories(dir.resolve("calendar"));
    other.calendar(dir.resolve("calendar").resolve("kalender.ics"), events, new Random(seed + 6));
    other.vcards(dir.resolve("vcards"), vcards, new Random(seed + 7));
    return String.format(
        Locale.ROOT,
        "version=%d%nscale=%s%nseed=%d%npreset=%s%nconnections=%d%nmessages=%d%ninvitations=%d%n"
            + "endorsements=%d%ncrm=%d%nevents=%d%nvcards=%d%n",
        VERSION,
        scale,
        seed,
        preset.name(),
        connections,
        messages,
        invitations,
        endorsements,
        crm,
        events,
        vcards);
  }

  /** The mailbox and chat exports, in the folders a user would have them. */
  static String channels(Path dir, double scale, long seed) throws IOException {
    Path mail = Files.createDirectories(dir.resolve("Takeout").resolve("Mail"));
    Path mbox = mail.resolve("Alle E-Mails einschließlich Spam-Nachrichten und E.mbox");
    int messages = new MailboxFile(seed, true).write(mbox, (long) count(200, scale) << 20);
    int chats = count(100, scale);
    long chatBytes = new ChatFiles(seed + 1).write(dir.resolve("WhatsApp"), chats, 2_000);
    return String.format(
        Locale.ROOT,
        "version=%d%nscale=%s%nseed=%d%nmail_messages=%d%nmail_bytes=%d%nchats=%d%n"
            + "chat_lines=%d%nchat_bytes=%d%n",
        VERSION,
        scale,
        seed,
        messages,
        Files.size(mbox),
        chats,
        chats * 2_000,
        chatBytes);
  }

  private static int count(int full, double scale) {
    return (int) Math.round(full * scale);
  }
}
