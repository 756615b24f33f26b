package de.kontaktcharta.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The files of other programs in {@code src/test/resources/producers/} (see its README). */
public final class Producers {

  private Producers() {}

  /** A producer fixture by its path below {@code producers/}, e.g. {@code vcard/x.vcf}. */
  public static Path file(String relative) {
    URL url = Producers.class.getResource("/producers/" + relative);
    assertNotNull(url, "missing producer fixture " + relative);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
