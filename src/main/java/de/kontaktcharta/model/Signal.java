package de.kontaktcharta.model;

/**
 * The charter's decline signals. On invitations they lead to a recommendation; on existing contacts
 * they are shown as warnings.
 */
public enum Signal {
  /** Profile poorly kept, outdated or obviously wrong. */
  PROFILE_POOR,
  /** None of the accept reasons applies. */
  NO_REASON,
  /** A message would have done just as well. */
  MESSAGE_WOULD_DO,
  /** Generic pitch by a recruiter, coach or financial broker. */
  SALES_PITCH,
  /** A stock phrase such as "Kontakte schaden nur dem, der keine hat". */
  STOCK_PHRASE,
  /** Only a shared membership in a third group, without exchange there. */
  GROUP_ONLY,
  /** No other concrete background, e.g. an empty or platform-default text. */
  NO_BACKGROUND
}
