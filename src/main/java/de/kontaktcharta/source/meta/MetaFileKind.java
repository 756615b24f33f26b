package de.kontaktcharta.source.meta;

/** The kinds of file of a Facebook or Instagram export this package tells apart. */
public enum MetaFileKind {
  /** A thread file ({@code message_N.json}), read by {@link MetaMessagesReader}. */
  THREAD,
  /**
   * A file of Messenger's separate download of end-to-end-encrypted chats ({@code <Name>_<N>.json},
   * camelCase fields), also read by {@link MetaMessagesReader}.
   */
  SECURE_STORAGE_THREAD,
  /** The owner's profile, read by {@link MetaProfileReader}. */
  PROFILE,
  /**
   * A thread of an export made in the HTML format. It is not read: the user should request the
   * download again in the JSON format.
   */
  HTML_MESSAGES,
  /**
   * Any other file below a folder only Meta's exports have (ads, posts, settings, media): not read.
   * A weak claim: when another detector recognises the file, that one wins.
   */
  OTHER
}
