package de.kontaktcharta.source.vcard;

import de.kontaktcharta.model.TextFold;
import ezvcard.VCard;
import ezvcard.property.Impp;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A card's phone numbers and accounts on other channels, by which a person in a chat or on X is
 * recognised: {@code TEL}; {@code X-TWITTER}; {@code IMPP} of X, Telegram and Mastodon; {@code
 * X-SOCIALPROFILE} and {@code URL} links to such accounts. Values are passed as written; identity
 * normalises them.
 */
final class CardChannels {

  /** Hosts and paths of account links; other links (a company site) name no person. */
  private static final Pattern ACCOUNT_LINK =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.|mobile\\.)?(?:(?:twitter|x)\\.com/|t\\.me/|[a-z0-9.-]+/@).+");

  private CardChannels() {}

  static List<String> phones(VCard card) {
    List<String> phones = new ArrayList<>();
    for (Telephone tel : card.getTelephoneNumbers()) {
      String text =
          tel.getText() != null
              ? tel.getText()
              : tel.getUri() == null ? "" : tel.getUri().toString();
      if (!TextFold.isBlank(text)) {
        phones.add(text);
      }
    }
    return phones;
  }

  static List<String> handles(VCard card) {
    List<String> handles = new ArrayList<>();
    for (RawProperty p : card.getExtendedProperties()) {
      String name = p.getPropertyName().toUpperCase(Locale.ROOT);
      String value = TextFold.clean(p.getValue());
      if (value.isEmpty()) {
        continue;
      }
      if (name.equals("X-TWITTER")) {
        handles.add(value.contains("/") ? value : "x:" + value);
      } else if (name.equals("X-SOCIALPROFILE") || name.equals("SOCIALPROFILE")) {
        String type = String.join(" ", p.getParameters().getTypes()).toLowerCase(Locale.ROOT);
        link(value, type).ifPresent(handles::add);
      }
    }
    for (Impp impp : card.getImpps()) {
      String protocol = impp.getProtocol() == null ? "" : impp.getProtocol();
      String handle = impp.getHandle() == null ? "" : impp.getHandle();
      String service = String.join(" ", impp.getParameters().get("X-SERVICE-TYPE"));
      link(handle, (protocol + " " + service).toLowerCase(Locale.ROOT)).ifPresent(handles::add);
    }
    for (Url url : card.getUrls()) {
      if (url.getValue() != null && ACCOUNT_LINK.matcher(url.getValue().strip()).matches()) {
        handles.add(url.getValue().strip());
      }
    }
    return handles;
  }

  /** An account as the channel the card names writes it, or a link as it is. */
  private static java.util.Optional<String> link(String value, String type) {
    if (ACCOUNT_LINK.matcher(value).matches()) {
      return java.util.Optional.of(value);
    }
    for (String channel : List.of("twitter", "mastodon", "telegram")) {
      if (type.contains(channel)) {
        String prefix = channel.equals("twitter") ? "x" : channel;
        return java.util.Optional.of(prefix + ":" + value);
      }
    }
    return java.util.Optional.empty();
  }
}
