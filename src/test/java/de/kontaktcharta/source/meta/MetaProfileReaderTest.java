package de.kontaktcharta.source.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.testing.English;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaProfileReaderTest {

  private final List<Problem> problems = new ArrayList<>();

  private MetaOwner owner(String fixture) {
    return new MetaProfileReader()
        .read(MetaRecorder.fixture(fixture), fixture, problems::add)
        .orElseThrow();
  }

  @Test
  void facebooksProfileNamesTheOwnerInBothVersions() {
    MetaOwner v2 =
        owner(
            "facebook-erikamustermann-2025/personal_information/profile_information/profile_information.json");
    MetaOwner old =
        owner("facebook-erikamustermann-2022/profile_information/profile_information.json");

    assertEquals("Erika Mustermann", v2.name());
    assertEquals(MetaPlatform.FACEBOOK, v2.platform());
    assertNull(v2.username());
    assertEquals("Erika Mustermann", old.name());
    assertEquals(List.of(), problems);
  }

  @Test
  void instagramsProfileNamesOwnerAndUserNameUnderGermanLabels() {
    MetaOwner ig =
        owner(
            "instagram-erika.mustermann-2025/personal_information/personal_information/personal_information.json");

    assertEquals("Erika Mustermann", ig.name());
    assertEquals("erika.mustermann", ig.username());
    assertEquals(MetaPlatform.INSTAGRAM, ig.platform());
  }

  @Test
  void aMojibakeNameIsRepaired() {
    String json =
        "{\"profile_v2\": {\"name\": {\"full_name\": \"J\\u00c3\\u00bcrgen Wei\\u00c3\\u009f\"}}}";

    assertEquals("Jürgen Weiß", read(json).get(0).name());
  }

  @Test
  void aFileWithoutNameOrBrokenGivesAProblemNoOwner() {
    assertEquals(List.of(), read("{\"profile_v2\": {\"emails\": {\"emails\": []}}}"));
    assertEquals("meta-no-owner", problems.get(0).code());
    assertEquals(List.of(), read("{\"profile_v2\": {\"name\": "));
    assertEquals("meta-broken-json", problems.get(1).code());
    assertFalse(English.text(problems.get(1).message()).contains("full_name"));
  }

  private List<MetaOwner> read(String json) {
    return new MetaProfileReader()
            .read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "p.json",
                problems::add)
            .stream()
            .toList();
  }
}
