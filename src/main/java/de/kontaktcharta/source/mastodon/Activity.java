package de.kontaktcharta.source.mastodon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of the outbox with the parts this tool needs: the activity ({@code Create}, {@code
 * Announce}, …), its addressing, and for posts the object's id, time, reply target, conversation
 * and mentions. Content, attachments and signatures are skipped unread.
 */
final class Activity {

  String type = "";
  String actor = "";
  String published = "";
  final List<String> to = new ArrayList<>();
  final List<String> cc = new ArrayList<>();

  /** The object's fields, or only its id when the object is a link (boosts). */
  String objectId = "";

  String objectType = "";
  String objectPublished = "";
  String inReplyTo = "";
  String conversation = "";
  final List<String> objectTo = new ArrayList<>();
  final List<String> objectCc = new ArrayList<>();

  /** Mentioned actor URI → the mention's name, e.g. {@code @erika@other.example}. */
  final Map<String, String> mentions = new LinkedHashMap<>();

  /** Reads the item object the parser stands on. */
  static Activity read(JsonParser p) throws IOException {
    Activity a = new Activity();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "type" -> a.type = orEmpty(MastodonJson.text(p));
        case "actor" -> a.actor = orEmpty(MastodonJson.link(p));
        case "published" -> a.published = orEmpty(MastodonJson.text(p));
        case "to" -> MastodonJson.links(p, a.to);
        case "cc" -> MastodonJson.links(p, a.cc);
        case "object" -> a.object(p);
        default -> p.skipChildren();
      }
    }
    return a;
  }

  private void object(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      objectId = orEmpty(MastodonJson.text(p));
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> objectId = orEmpty(MastodonJson.text(p));
        case "type" -> objectType = orEmpty(MastodonJson.text(p));
        case "published" -> objectPublished = orEmpty(MastodonJson.text(p));
        case "inReplyTo" -> inReplyTo = orEmpty(MastodonJson.link(p));
        case "conversation" -> conversation = orEmpty(MastodonJson.text(p));
        case "to" -> MastodonJson.links(p, objectTo);
        case "cc" -> MastodonJson.links(p, objectCc);
        case "tag" -> tags(p);
        default -> p.skipChildren();
      }
    }
  }

  private void tags(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      tag(p);
      return;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.START_OBJECT) {
        tag(p);
      } else {
        p.skipChildren();
      }
    }
  }

  private void tag(JsonParser p) throws IOException {
    String tagType = "";
    String href = "";
    String name = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "type" -> tagType = orEmpty(MastodonJson.text(p));
        case "href" -> href = orEmpty(MastodonJson.link(p));
        case "name" -> name = orEmpty(MastodonJson.text(p));
        default -> p.skipChildren();
      }
    }
    if ("Mention".equals(tagType) && !href.isEmpty()) {
      mentions.putIfAbsent(href, name);
    }
  }

  /**
   * The object's addressing where it has its own, else the activity's; only URIs and the compact
   * {@code Public}, so that a stray number is no addressee.
   */
  List<String> audience() {
    boolean own = !objectTo.isEmpty() || !objectCc.isEmpty();
    List<String> all = new ArrayList<>(own ? objectTo : to);
    all.addAll(own ? objectCc : cc);
    all.removeIf(u -> !u.contains(":") && !"Public".equals(u));
    return all;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
