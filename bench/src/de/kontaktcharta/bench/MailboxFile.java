package de.kontaktcharta.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a Gmail Takeout-like mbox of a given size: Gmail's From_ lines and X-GM headers, trace and
 * DKIM headers of real length, multipart bodies in text and HTML, a base64 attachment in every
 * eighth message, newsletters with list headers, replies with References, encoded names, and {@code
 * >From } lines. About 10 KB per message on average, so 2 GB hold about 200,000 messages.
 */
final class MailboxFile {

  private static final DateTimeFormatter RFC =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);
  private static final String[] FIRST = {"Erika", "Max", "Anna", "Tom", "Lena", "Jürgen", "Sara"};
  private static final String[] LAST = {"Mustermann", "Beispiel", "Berg", "Müller", "Klein"};
  private static final String[] WORDS = {
    "Angebot",
    "Termin",
    "Projekt",
    "Rechnung",
    "Frage",
    "Unterlagen",
    "morgen",
    "Besprechung",
    "danke",
    "Grüße",
    "bitte",
    "prüfen",
    "Vertrag",
    "Entwurf",
    "Woche",
    "Kunde",
    "Lieferung"
  };

  private final Random random;
  private final String lineEnd;
  private final byte[] attachment;
  private long written;
  private int messages;

  MailboxFile(long seed, boolean crlf) {
    this.random = new Random(seed);
    this.lineEnd = crlf ? "\r\n" : "\n";
    byte[] binary = new byte[24 * 1024];
    random.nextBytes(binary);
    this.attachment =
        Base64.getMimeEncoder(76, lineEnd.getBytes(StandardCharsets.US_ASCII)).encode(binary);
  }

  /**
   * Writes one mailbox, e.g. for measuring a 2 GB Takeout end to end.
   *
   * <p>Usage: {@code MailboxFile FILE MB [crlf]}
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: MailboxFile FILE MB [crlf]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int count =
        new MailboxFile(42, args.length > 2 && args[2].equals("crlf"))
            .write(file, Long.parseLong(args[1]) << 20);
    System.out.printf(Locale.ROOT, "%s: %d MB, %d messages%n", file, Files.size(file) >> 20, count);
  }

  /** Writes messages until the file has at least {@code bytes}; returns the message count. */
  int write(Path file, long bytes) throws IOException {
    ZonedDateTime date = ZonedDateTime.of(2015, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      while (written < bytes) {
        date = date.plusMinutes(5 + random.nextInt(60));
        message(out, date);
      }
    }
    return messages;
  }

  private void message(OutputStream out, ZonedDateTime date) throws IOException {
    messages++;
    long thread = 1_500_000_000_000_000_000L + random.nextInt(messages) * 7919L;
    boolean newsletter = random.nextInt(10) == 0;
    boolean reply = !newsletter && random.nextInt(3) == 0;
    StringBuilder h = new StringBuilder(4096);
    line(h, "From " + (thread + messages) + "@xxx " + ASCTIME.format(date));
    line(h, "X-GM-THRID: " + thread);
    line(h, "X-Gmail-Labels: " + (reply ? "Gesendet" : "Posteingang,Wichtig"));
    line(h, "Delivered-To: max.beispiel@example.com");
    for (int hop = 0; hop < 3 + random.nextInt(4); hop++) {
      line(
          h,
          "Received: from relay"
              + hop
              + ".example.net (relay"
              + hop
              + ".example.net. [192.0.2."
              + hop
              + "])");
      line(h, "        by mx.example.com with ESMTPS id " + Long.toHexString(random.nextLong()));
      line(h, "        for <max.beispiel@example.com>;");
      line(h, "        " + RFC.format(date.plusSeconds(hop)));
    }
    line(h, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=2024;");
    line(h, "        h=from:to:subject:date:message-id; bh=" + token(44) + ";");
    for (int i = 0; i < 5; i++) {
      line(h, "        b=" + token(70));
    }
    String sender = person(random.nextInt(40));
    line(h, "From: " + (newsletter ? "Beispiel Newsletter <news@news.example.com>" : sender));
    line(h, "To: Max Beispiel <max.beispiel@example.com>" + (random.nextInt(4) == 0 ? "," : ""));
    if (random.nextInt(4) == 0) {
      line(h, " " + person(random.nextInt(40)) + ", " + person(random.nextInt(40)));
    }
    line(h, "Subject: " + (reply ? "Re: " : "") + subject());
    line(h, "Date: " + RFC.format(date.withZoneSameInstant(ZoneOffset.ofHours(2))));
    line(h, "Message-ID: <" + Long.toHexString(random.nextLong()) + "@mail.example.org>");
    if (reply) {
      line(h, "In-Reply-To: <" + thread + "@mail.example.org>");
      line(h, "References: <" + thread + "@mail.example.org>");
    }
    if (newsletter) {
      line(h, "List-Id: Beispiel Newsletter <news.example.com>");
      line(h, "List-Unsubscribe: <https://news.example.com/u/" + messages + ">");
      line(h, "Precedence: bulk");
    }
    line(h, "MIME-Version: 1.0");
    line(h, "Content-Type: multipart/mixed; boundary=\"b" + messages + "\"");
    line(h, "");
    emit(out, h);
    body(out);
  }

  private void body(OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder(8192);
    line(b, "--b" + messages);
    line(b, "Content-Type: text/plain; charset=UTF-8");
    line(b, "");
    int lines = 10 + random.nextInt(40);
    for (int i = 0; i < lines; i++) {
      line(b, (i == 3 ? ">From " : "") + sentence());
    }
    line(b, "--b" + messages);
    line(b, "Content-Type: text/html; charset=UTF-8");
    line(b, "");
    for (int i = 0; i < lines; i++) {
      line(b, "<p>" + sentence() + "</p>");
    }
    emit(out, b);
    if (messages % 8 == 0) {
      line(b, "--b" + messages);
      line(b, "Content-Type: application/pdf; name=\"Anlage.pdf\"");
      line(b, "Content-Transfer-Encoding: base64");
      line(b, "");
      emit(out, b);
      out.write(attachment);
      written += attachment.length;
    }
    line(b, "--b" + messages + "--");
    line(b, "");
    emit(out, b);
  }

  private String person(int index) {
    String first = FIRST[index % FIRST.length];
    String last = LAST[index % LAST.length];
    String name =
        first.equals("Jürgen")
            ? "=?UTF-8?Q?J=C3=BCrgen?= " + last
            : "\"" + last + ", " + first + "\"";
    return name
        + " <"
        + first.toLowerCase(Locale.ROOT).replace("ü", "ue")
        + "."
        + index
        + "@example.org>";
  }

  private String subject() {
    return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
  }

  private String sentence() {
    StringBuilder s = new StringBuilder(80);
    while (s.length() < 60) {
      s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return s.toString();
  }

  private String token(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('A' + random.nextInt(26)));
    }
    return s.toString();
  }

  private void line(StringBuilder text, String line) {
    text.append(line).append(lineEnd);
  }

  private void emit(OutputStream out, StringBuilder text) throws IOException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    written += bytes.length;
    text.setLength(0);
  }
}
