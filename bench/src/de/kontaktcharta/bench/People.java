package de.kontaktcharta.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The owner of the archive, their connections (newest first, as Connections.csv lists them) and a
 * supply of people outside the network: inviters, recruiters, CRM and address-book entries.
 */
final class People {

  static final Person OWNER =
      new Person(
          "Kerstin",
          "Vogelsang",
          "Vogelsang Kommunikation",
          "Beraterin für Social Media und Unternehmenskommunikation",
          "kerstin-vogelsang-6b1a2f4c",
          "kerstin@vogelsang-kommunikation.de",
          null);

  private final Random random;
  private final LocalDate exportDate;
  private final Set<String> slugs = new HashSet<>();
  private final List<Person> connections = new ArrayList<>();

  /**
   * @param rows the number of Connections.csv rows, empty-member rows included
   */
  People(Random random, LocalDate exportDate, int rows) {
    this.random = random;
    this.exportDate = exportDate;
    for (int i = 0; i < rows; i++) {
      connections.add(person(connectedOn()));
    }
    connections.sort(Comparator.comparing(Person::connectedOn).reversed());
  }

  /** All connections, newest first. */
  List<Person> connections() {
    return connections;
  }

  /** A new person outside the network. */
  Person stranger() {
    return person(null);
  }

  private LocalDate connectedOn() {
    // A heavy user kept connecting for years; about one in seven connections is from the last
    // invitation window, so accepted invitations find their connection.
    double u = random.nextDouble();
    int daysBack =
        u < 0.14
            ? random.nextInt(330)
            : 330 + (int) (Math.pow(random.nextDouble(), 1.4) * 365 * 16);
    return exportDate.minusDays(daysBack);
  }

  private Person person(LocalDate connectedOn) {
    String first = pick(Pools.FIRST);
    String last = pick(Pools.LAST);
    String shownLast = last;
    double r = random.nextDouble();
    if (r < 0.004) {
      shownLast = last + ", Ph.D.";
    } else if (r < 0.007) {
      shownLast = last + ", MBA";
    }
    String company = random.nextDouble() < 0.06 ? "" : company();
    String position = random.nextDouble() < 0.05 ? "" : pick(Pools.POSITIONS);
    if (random.nextDouble() < 0.025) {
      // real exports carry stray spaces ("Coordinator ")
      position = position.isEmpty() ? position : position + " ";
    }
    String email =
        random.nextDouble() < 0.03
            ? mailbox(first, last, company.isEmpty() ? "gmail" : company)
            : "";
    return new Person(first, shownLast, company, position, slug(first, last), email, connectedOn);
  }

  String company() {
    String suffix = pick(Pools.COMPANY_SUFFIX);
    return pick(Pools.COMPANY_STEMS) + (suffix.equals("-") ? "" : " " + suffix);
  }

  private String slug(String first, String last) {
    boolean keepUnicode = random.nextDouble() < 0.5;
    String base =
        (keepUnicode ? lower(first + "-" + last) : ascii(first + "-" + last)).replace(' ', '-');
    base = base.replace("'", "");
    while (true) {
      String slug = base + "-" + Integer.toHexString(random.nextInt() | 0x10000000);
      if (slugs.add(slug)) {
        return slug;
      }
    }
  }

  static String mailbox(String first, String last, String company) {
    String domain = ascii(company).replaceAll("[^a-z0-9]+", "");
    domain = domain.isEmpty() ? "example" : domain.substring(0, Math.min(domain.length(), 14));
    String local = (ascii(first) + "." + ascii(last)).replaceAll("[^a-z0-9.]+", "");
    return local + "@" + domain + ".de";
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Lower case ASCII: umlauts spelled out, other accents dropped, as slugs and mailboxes are. */
  static String ascii(String text) {
    String t =
        lower(text)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss")
            .replace("ł", "l")
            .replace("ø", "o")
            .replace("ı", "i");
    return Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
