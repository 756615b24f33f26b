package de.kontaktcharta.source.mail;

/**
 * What reading one file gave, for the run's accounting: every message is counted in exactly one of
 * {@code delivered}, {@code skipped} and {@code messageProblems}.
 *
 * @param file display name of the file
 * @param messages messages found
 * @param delivered messages passed to {@link MailListener#message}
 * @param skipped messages passed to {@link MailListener#skipped}
 * @param messageProblems messages passed to {@link MailListener#problem}
 * @param otherProblems problems that are not messages (text before the first message)
 * @param bytes bytes read
 */
public record MailReadSummary(
    String file,
    long messages,
    long delivered,
    long skipped,
    long messageProblems,
    long otherProblems,
    long bytes) {}
