package de.kontaktcharta.source.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`<p class=\"spinmail-quill-editor__spin-break\">Hallo,</p><p class=\"spinmail-quill-editor__spin-break\"><br></p><p>Welt</p>`|Hallo, Welt",
        "<ul><li>eins</li><li>zwei</li></ul>|eins zwei",
        "<strong>Xx Xxxx,</strong>Text|Xx Xxxx, Text",
        "Tom &amp; Jerry|Tom & Jerry",
        "&lt;b&gt; is bold|<b> is bold",
        "&quot;Hi&quot; &apos;you&apos;|\"Hi\" 'you'",
        "a&nbsp;b|a b",
        "&#228;&#xFC;&#XDF;|äüß",
        "&#128512;|😀",
        "AT&T rocks|AT&T rocks",
        "a &unknown; b|a &unknown; b",
        "&#xZZ; &#99999999;|&#xZZ; &#99999999;",
        "3 < 4|3 < 4",
        "a &verylongentityname; b|a &verylongentityname; b",
        "`  <p>  viel   Platz  </p>  `|viel Platz",
        "`<p>eine\nZeile</p>`|`eine\nZeile`",
        "`<p>a</p>\n<p>b</p>`|a b",
        "`a &amp;  b`|a & b",
        "`x<p>\ty</p>`|x y",
      })
  void toText(String html, String text) {
    assertEquals(text, HtmlText.toText(html));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"`plain  text with two spaces `|`plain  text with two spaces `", "``|``"})
  void plainTextIsLeftAsItIs(String text, String expected) {
    assertEquals(expected, HtmlText.toText(text));
  }

  @org.junit.jupiter.api.Test
  void nullIsEmpty() {
    assertEquals("", HtmlText.toText(null));
  }
}
