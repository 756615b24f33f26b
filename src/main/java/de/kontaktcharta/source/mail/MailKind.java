package de.kontaktcharta.source.mail;

import de.kontaktcharta.model.InputKind;
import de.kontaktcharta.model.Message;
import de.kontaktcharta.source.ContentKind;
import java.util.Locale;
import java.util.Set;

/**
 * Mailboxes and message files: mbox as Google Takeout, Thunderbird and Apple Mail write it, {@code
 * .eml} and Apple Mail's {@code .emlx}, recognised by their first bytes. Thunderbird's index files
 * ({@code .msf}) and the other files of its profile folders come along and are counted in one line.
 */
public final class MailKind {

  public static final InputKind KIND = new InputKind("mail", InputKind.Role.EVIDENCE);

  /** Files of a Thunderbird profile's mail folders that hold no mail. */
  private static final Set<String> PROFILE_FILES =
      Set.of(
          "msgfilterrules.dat",
          "popstate.dat",
          "filterlog.html",
          "junklog.html",
          "foldertree.json",
          "virtualfolders.dat",
          "panacea.dat");

  public static final ContentKind SOURCE =
      ContentKind.of(
              KIND,
              (name, head, complete) ->
                  MailDetector.detect(head, head.length)
                      .filter(f -> f != MailFormat.MORK_INDEX)
                      .isPresent(),
              new MailReader(),
              Message.of("cause.no-mail"))
          .withCompanions(MailKind::comesAlong);

  private MailKind() {}

  /** True for a file of a mail program's folders that is no mailbox: indexes and settings. */
  static boolean comesAlong(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.endsWith(".msf") || PROFILE_FILES.contains(name) || name.equals(".ds_store");
  }
}
