package de.kontaktcharta.source.meta;

/** The Meta service an export comes from; both use the same message format. */
public enum MetaPlatform {
  FACEBOOK,
  INSTAGRAM,
  /**
   * The older layout ({@code messages/inbox/...} at the top) was used by both; the path alone does
   * not say which. The caller decides from the archive (its name, its other files).
   */
  UNKNOWN
}
