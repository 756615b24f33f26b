package de.kontaktcharta.source.ldif;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** The LDIF files in {@code src/test/resources/producers/ldif/} and small texts. */
final class LdifFixtures {

  private LdifFixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = LdifFixtures.class.getResourceAsStream("/producers/ldif/" + name)) {
      assertNotNull(in, "missing fixture producers/ldif/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LdifAddressBook book(String name) throws IOException {
    return LdifAddressBook.read(LdifReader.utf8(new java.io.ByteArrayInputStream(bytes(name))));
  }

  static LdifReader reader(String text) {
    return new LdifReader(new BufferedReader(new StringReader(text)));
  }
}
