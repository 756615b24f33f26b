package de.kontaktcharta.corpus;

/** Pieces of real export files that the corpus cases break in their different ways. */
final class Exports {

  /**
   * LinkedIn's three-line note above the header of {@code Connections.csv}
   * (docs/formats/linkedin.md).
   */
  static final String PREAMBLE =
      "Notes:\n"
          + "\"When exporting your connection data, you may notice that some of the email addresses"
          + " are missing.\"\n"
          + "\n";

  static final String CONNECTIONS_HEADER =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

  static final String INVITATIONS_HEADER =
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";

  static final String MESSAGES_HEADER =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
          + "SUBJECT,CONTENT,FOLDER";

  private Exports() {}

  /** A connection row with a name, a company and a date. */
  static String connection(String first, String last, String company) {
    return first + "," + last + ",,," + company + ",,16 Dec 2024";
  }

  /** {@code Connections.csv} with the preamble, the header and the rows, LF line ends. */
  static String connections(String... rows) {
    StringBuilder out = new StringBuilder(PREAMBLE).append(CONNECTIONS_HEADER).append('\n');
    for (String row : rows) {
      out.append(row).append('\n');
    }
    return out.toString();
  }
}
