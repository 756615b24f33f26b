package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name key every source's spelling of a person is reduced to (docs/design.md §3). */
class PersonNameKeyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jürgen Müller | juergen mueller",
        "Juergen Mueller | juergen mueller",
        "JÜRGEN MÜLLER | juergen mueller",
        "Dr. Jürgen Müller | juergen mueller",
        "Prof. Dr.-Ing. Jürgen Müller | juergen mueller",
        "Müller, Jürgen | juergen mueller",
        "Dr. Müller, Jürgen | juergen mueller",
        "Müller, Jürgen, Dr. | juergen mueller",
        "Jürgen Müller, MBA | juergen mueller",
        "Jürgen Müller, CISSP | juergen mueller",
        "Jürgen Müller M.A. | juergen mueller",
        "Dipl.-Kfm. Jürgen Müller | juergen mueller",
        "Jürgen (he/him) Müller | juergen mueller",
        "Jürgen Müller [XING] | juergen mueller",
        "John F. Kennedy | john kennedy",
        "José Núñez | jose nunez",
        "von der Leyen, Ursula | ursula von der leyen",
        "Hans-Peter Meier | hans peter meier",
        "J. Smith | j smith",
      })
  void keyFoldsSpellings(String name, String key) {
    assertEquals(key, PersonName.key(name));
  }

  @ParameterizedTest
  @CsvSource({"ACME GmbH", "ACME GmbH & Co. KG", "Beispiel AG", "Foo Inc.", "Bar Ltd"})
  void companyNamesAreRecognised(String name) {
    assertTrue(PersonName.isCompanyName(name));
  }

  @ParameterizedTest
  @CsvSource({"Max Mustermann", "Agnes Koch", "Inka Ltdorf"})
  void personNamesAreNotCompanies(String name) {
    assertFalse(PersonName.isCompanyName(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.xing.com/profile/Max_Mustermann | xing.com/profile/max_mustermann",
        "http://xing.com/profile/Max_Mustermann/cv?sc_o=da980 | xing.com/profile/max_mustermann",
        "https://www.xing.com/profiles/Max_Mustermann | xing.com/profile/max_mustermann",
        "https://de.linkedin.com/in/max-m%C3%BCller/ | linkedin.com/in/max-müller",
      })
  void profileUrlsAreNormalised(String url, String key) {
    assertEquals(key, ProfileUrl.normalise(url).orElseThrow());
  }
}
