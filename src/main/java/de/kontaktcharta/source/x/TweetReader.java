package de.kontaktcharta.source.x;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.model.Severity;
import de.kontaktcharta.model.SourceRef;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code tweets.js} (2022 on), {@code tweet.js} (before) and {@code deleted-tweets.js}: {@code
 * [{"tweet": {"id_str", "created_at", "in_reply_to_user_id_str", "entities": {"user_mentions":
 * [{"id_str", "screen_name", "name"}]}, …}}]}. Each post is collected (it is small) and its named
 * accounts are passed on once the post is complete, because the fields come in any order.
 */
final class TweetReader {

  void read(XFile file) throws IOException {
    file.forEachEntry(TweetReader::entry);
  }

  private static void entry(XFile file) throws IOException {
    JsonParser p = file.parser();
    SourceRef source = file.here();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      file.skip(source, Message.of("problem.x-unexpected-content.post"));
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      p.nextToken();
      if (p.currentToken() == JsonToken.START_OBJECT) {
        emit(file, Tweet.read(p), source);
      } else {
        p.skipChildren();
      }
    }
  }

  private static void emit(XFile file, Tweet tweet, SourceRef source) {
    if (tweet.mentions().isEmpty() && tweet.replyTo() == null) {
      return;
    }
    String id = XJson.id(tweet.id());
    if (id == null || id.isEmpty()) {
      file.skip(source, Message.of("problem.x-bad-id"));
      return;
    }
    Instant at = XJson.tweetDate(tweet.createdAt());
    if (at == null) {
      file.note(source, Severity.WARNING, Message.of("problem.x-bad-date", id, tweet.createdAt()));
    }
    Set<String> done = new HashSet<>();
    if (tweet.replyTo() != null) {
      Tweet.Named to = tweet.replyTo();
      Tweet.Named named = tweet.mentioned(to.id());
      String name = named == null ? "" : named.name();
      mention(file, id, at, to.withName(name), XMention.Kind.REPLY, source, done);
    }
    boolean first = true;
    for (Tweet.Named named : tweet.mentions()) {
      XMention.Kind kind = XMention.Kind.MENTION;
      if (tweet.retweet()) {
        kind = first ? XMention.Kind.RETWEET : XMention.Kind.IN_RETWEET;
      }
      first = false;
      mention(file, id, at, named, kind, source, done);
    }
  }

  private static void mention(
      XFile file,
      String tweetId,
      Instant at,
      Tweet.Named named,
      XMention.Kind kind,
      SourceRef source,
      Set<String> done) {
    String userId = XJson.id(named.id());
    if (userId == null || userId.isEmpty()) {
      file.skip(
          source, Message.of("problem.x-bad-id.mention", tweetId, named.handle(), named.id()));
      return;
    }
    if (done.add(userId)) {
      file.sink()
          .mention(new XMention(tweetId, at, userId, named.handle(), named.name(), kind, source));
      file.used();
    }
  }

  /** The parts of a post this tool needs; the text only decides whether it is a retweet. */
  record Tweet(String id, String createdAt, boolean retweet, Named replyTo, List<Named> mentions) {

    /** An account as a post names it; {@code id} as written (digits, or a 2018 float string). */
    record Named(String id, String handle, String name) {

      Named withName(String other) {
        return new Named(id, handle, other);
      }
    }

    Named mentioned(String userId) {
      return mentions.stream().filter(m -> m.id().equals(userId)).findFirst().orElse(null);
    }

    /** Reads the post object the parser stands on. */
    static Tweet read(JsonParser p) throws IOException {
      TweetFields f = new TweetFields();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        f.field(p, field);
      }
      return f.tweet();
    }
  }

  /** Collects the fields of one post; {@code *_str} wins over the number-typed twin. */
  private static final class TweetFields {
    private String id = "";
    private String idStr = "";
    private String createdAt = "";
    private boolean retweet;
    private String replyId = "";
    private String replyIdStr = "";
    private String replyHandle = "";
    private final List<Tweet.Named> mentions = new ArrayList<>();

    void field(JsonParser p, String field) throws IOException {
      switch (field) {
        case "entities":
          MentionList.read(p, mentions);
          return;
        case "full_text":
        case "text":
          String text = XJson.text(p);
          retweet = retweet || (text != null && text.startsWith("RT @"));
          return;
        default:
          break;
      }
      String value = XJson.text(p);
      if (value == null) {
        return;
      }
      switch (field) {
        case "id" -> id = value;
        case "id_str" -> idStr = value;
        case "created_at" -> createdAt = value;
        case "in_reply_to_user_id" -> replyId = value;
        case "in_reply_to_user_id_str" -> replyIdStr = value;
        case "in_reply_to_screen_name" -> replyHandle = value;
        default -> {
          // not needed
        }
      }
    }

    Tweet tweet() {
      String reply = replyIdStr.isEmpty() ? replyId : replyIdStr;
      Tweet.Named to = reply.isEmpty() ? null : new Tweet.Named(reply, replyHandle, "");
      return new Tweet(idStr.isEmpty() ? id : idStr, createdAt, retweet, to, mentions);
    }
  }
}
