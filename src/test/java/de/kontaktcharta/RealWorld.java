package de.kontaktcharta;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The files other programs wrote, kept in {@code src/test/resources/realworld/}. */
public final class RealWorld {

  private RealWorld() {}

  /** The LinkedIn archive files: redacted real exports. */
  public static Path linkedIn() {
    return path("linkedin");
  }

  /** A file or folder below {@code realworld/}, e.g. {@code ez-vcard/John_Doe_GMAIL.vcf}. */
  public static Path path(String relative) {
    URL url = RealWorld.class.getResource("/realworld/" + relative);
    assertNotNull(url, "missing fixture realworld/" + relative);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
