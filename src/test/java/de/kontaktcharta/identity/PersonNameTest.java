package de.kontaktcharta.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kontaktcharta.model.NameParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Jürgen Müller|juergen mueller",
        "JÜRGEN MÜLLER|juergen mueller",
        "Dr. Müller, Jürgen|juergen mueller",
        "Mustermann, Max|max mustermann",
        "von der Leyen, Ursula|ursula von der leyen",
        "Max Mustermann, Senior Consultant|max mustermann",
        "Prof. Dr. Hans-Peter Schäfer|hans peter schaefer",
        "Dr. rer. nat. Anna Schmidt|anna schmidt",
        "Dipl.-Ing. Karl Weiß|karl weiss",
        "Herr Max Mustermann|max mustermann",
        "Jane Doe MBA|jane doe",
        "Jane Doe, MBA|jane doe",
        "Kim Renée, Ph.D.|kim renee",
        "Lou Sample, PhD|lou sample",
        "Müller, Jürgen, Ph.D.|juergen mueller",
        "Doe, Jane, Jr.|jane doe",
        "Jane Doe Ph.D.|jane doe",
        "Dr. Jane Doe, M.Sc.|jane doe",
        "Jane Doe, M.B.A.|jane doe",
        "Anna Meyer LL.M.|anna meyer",
        "J.R.R. Tolkien|j r r tolkien",
        "A.B. Meyer|a b meyer",
        "`  Sam Instance `|sam instance",
        "José García|jose garcia",
        "Çağla Şahin|cagla sahin",
        "Zoë Ångström|zoe angstroem",
        "Łukasz Żółć|lukasz zolc",
        "Fixture JAMIE|fixture jamie",
        "``|``",
      })
  void key(String name, String key) {
    assertEquals(key, PersonName.key(name));
  }

  @Test
  void nullNameHasAnEmptyKey() {
    assertEquals("", PersonName.key(null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "ACME GmbH & Co. KG|acme",
        "Müller AG|mueller",
        "The Boring Company|boring",
        "Klein & Partner|klein partner",
        "Örnek A.Ş.|oernek a s",
        "GmbH|``",
        "``|``",
      })
  void companyKey(String company, String key) {
    assertEquals(key, PersonName.companyKey(company));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Weber, Ines | Ines Weber",
        "von der Leyen, Ursula | Ursula von der Leyen",
        "Max Mustermann, CISSP | Max Mustermann",
        "Anna Berg | Anna Berg",
        "Dr. Müller, Jürgen | Dr. Jürgen Müller",
        "Müller, Dr. Jürgen | Dr. Jürgen Müller"
      })
  void readingOrderPutsTheFamilyNameLast(String written, String spoken) {
    assertEquals(spoken, NameParts.readingOrder(written));
  }

  @Test
  void join() {
    assertEquals("Anna Berg", NameParts.join(" Anna ", "Berg"));
    assertEquals("Berg", NameParts.join("", "Berg"));
    assertEquals("Anna", NameParts.join("Anna", null));
    assertEquals("", NameParts.join(null, " "));
  }
}
