package de.kontaktcharta.rules;

import de.kontaktcharta.model.Detail;
import de.kontaktcharta.model.Evidence;
import de.kontaktcharta.model.ReasonCode;
import de.kontaktcharta.model.SourceRef;
import de.kontaktcharta.model.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Finds the reason wording of one-to-one messages on a core of its own while the messages are still
 * being read: folding and matching a million message texts took a sixth of the main thread's time,
 * while the second core waits for CSV parsing. Messages are handed over in batches and matched in
 * the order they came; the findings are taken over when the messages are finished, so the evidence
 * is the same as from a plain loop.
 */
final class MessageHints {

  /** One message to look at, between the partners {@code a} and {@code b}. */
  record Job(String text, int day, SourceRef source, int a, int b) {}

  /** A wording found in a message between {@code a} and {@code b}. */
  record Hit(int a, int b, Evidence evidence) {}

  static final int BATCH = 512;

  /** Batches waiting at most: bounds the memory the texts take. */
  static final int WAITING = 8;

  private static final List<Job> END = List.of();

  private final TextRules rules;
  private final BlockingQueue<List<Job>> queue = new ArrayBlockingQueue<>(WAITING);
  // written by the worker only, read after it has ended (join orders the two)
  private final List<Hit> hits = new ArrayList<>();
  private List<Job> batch = new ArrayList<>(BATCH);
  private Thread worker;
  private volatile Throwable failure;

  MessageHints(TextRules rules) {
    this.rules = rules;
  }

  void add(Job job) {
    batch.add(job);
    if (batch.size() == BATCH) {
      hand();
    }
  }

  /** Waits for the last message to be matched; the wordings found, in message order. */
  List<Hit> finish() {
    if (!batch.isEmpty()) {
      hand();
    }
    if (worker == null) {
      return List.of();
    }
    put(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while matching message texts", e);
    }
    worker = null;
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw (RuntimeException) failure;
    }
    return hits;
  }

  private void hand() {
    if (worker == null) {
      worker = new Thread(this::work, "charta-message-hints");
      worker.setDaemon(true);
      worker.start();
    }
    put(batch);
    batch = new ArrayList<>(BATCH);
  }

  private void put(List<Job> jobs) {
    try {
      queue.put(jobs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading messages", e);
    }
  }

  private void work() {
    FoldedText folded = new FoldedText();
    try {
      for (List<Job> jobs = queue.take(); jobs != END; jobs = queue.take()) {
        if (failure != null) {
          // keep taking what the reader hands over, so that it never waits for room in vain
          continue;
        }
        try {
          for (Job job : jobs) {
            match(job, folded);
          }
        } catch (RuntimeException | Error e) {
          failure = e;
        }
      }
    } catch (InterruptedException e) {
      failure = new IllegalStateException("interrupted while matching message texts", e);
    }
  }

  private void match(Job job, FoldedText folded) {
    folded.reset(job.text());
    for (ReasonCode reason : TextRules.WORDED) {
      rules
          .reasonHint(reason, folded)
          .ifPresent(
              phrase -> {
                LocalDate date =
                    job.day() == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(job.day());
                hits.add(
                    new Hit(
                        job.a(),
                        job.b(),
                        new Evidence(
                            reason,
                            Strength.WEAK,
                            date,
                            job.source(),
                            "reasons." + reason + ".phrases",
                            Detail.of("hint.message", phrase),
                            false)));
              });
    }
  }
}
