package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Problem;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One thread file while it is read. The root's {@code thread_type} and {@code thread_path} come
 * after the messages, and people who left a group are missing from {@code participants} while their
 * messages remain; so messages are held back (without content) until the file ends, and a file
 * longer than the bound is handed on in parts, decided from what came before.
 */
final class ThreadFile {

  private final String file;
  private final MetaLayout layout;
  private final int maxPending;
  private final Set<String> names = new LinkedHashSet<>();
  private final List<PendingMessage> pending = new ArrayList<>();
  private final Map<String, List<String>> recipients = new HashMap<>();
  private String threadType;
  private String threadPath;
  private boolean secureStorage;
  private int handedOn;
  private List<String> decidedNames;
  private String decidedKey;
  private boolean group;
  private boolean lateNameNoted;
  private boolean inSeconds;

  ThreadFile(String file, int maxPending) {
    this.file = file;
    this.layout = MetaLayout.of(file);
    this.maxPending = maxPending;
  }

  void participant(String name) {
    if (!name.isEmpty()) {
      names.add(name);
    }
  }

  void threadType(String type) {
    threadType = type;
  }

  void threadPath(String path) {
    threadPath = path;
  }

  /** Marks the separate end-to-end-encrypted download, told by its camelCase field names. */
  void secureStorage() {
    secureStorage = true;
  }

  /** True the first time the file shows a time in seconds: the one time to say so. */
  boolean firstInSeconds() {
    boolean first = !inSeconds;
    inSeconds = true;
    return first;
  }

  void add(PendingMessage message, MetaSink<MetaMessage> sink) {
    if (names.add(message.sender()) && decidedNames != null && !lateNameNoted) {
      lateNameNoted = true;
      sink.problem(
          Problem.note(
              new SourceRef(file, message.line()),
              Severity.INFO,
              group
                  ? Message.of("problem.meta-late-participant.group", maxPending)
                  : Message.of("problem.meta-late-participant.one-to-one", maxPending)));
    }
    pending.add(message);
    if (pending.size() >= maxPending) {
      flush(sink);
    }
  }

  /** Hands on every message held back. */
  int finish(MetaSink<MetaMessage> sink) {
    flush(sink);
    return handedOn;
  }

  private void flush(MetaSink<MetaMessage> sink) {
    if (pending.isEmpty()) {
      return;
    }
    if (decidedNames == null) {
      decidedNames = List.copyOf(names);
      group =
          decidedNames.size() > 2
              || (threadType != null && threadType.toLowerCase(Locale.ROOT).contains("group"));
      decidedKey = key();
    }
    MetaPlatform platform = platform();
    String section = section();
    for (PendingMessage p : pending) {
      List<String> to = recipients.computeIfAbsent(p.sender(), this::others);
      sink.accept(
          new MetaMessage(
              platform,
              decidedKey,
              section,
              p.sender(),
              to,
              decidedNames,
              p.sentAt(),
              group,
              p.kind(),
              p.rawType(),
              p.number(),
              new SourceRef(file, p.line())));
      handedOn++;
    }
    pending.clear();
  }

  private List<String> others(String sender) {
    List<String> out = new ArrayList<>(decidedNames);
    out.remove(sender);
    return List.copyOf(out);
  }

  MetaPlatform platform() {
    return secureStorage && layout.platform() == MetaPlatform.UNKNOWN
        ? MetaPlatform.FACEBOOK
        : layout.platform();
  }

  private String section() {
    if (layout.section() != null) {
      return layout.section();
    }
    return secureStorage ? "secure_storage" : null;
  }

  private String key() {
    String prefix =
        platform() == MetaPlatform.UNKNOWN ? "meta" : platform().name().toLowerCase(Locale.ROOT);
    String body;
    if (layout.section() != null && layout.thread() != null) {
      body = layout.section() + "/" + layout.thread();
    } else if (threadPath != null && !threadPath.isBlank()) {
      body = threadPath.strip();
    } else {
      String base = layout.fileName().replaceFirst("(?i)\\.json$", "");
      body = secureStorage ? "secure_storage/" + base : base;
    }
    return prefix + ":" + body;
  }
}
