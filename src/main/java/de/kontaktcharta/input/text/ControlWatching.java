package de.kontaktcharta.input.text;

/**
 * A decoding reader that notes, while it decodes, whether a control character other than tab and
 * the line breaks came by, so that a reader above it need not search the decoded text once more.
 */
public interface ControlWatching {

  /** True once a control character other than tab, CR and LF has been decoded. */
  boolean sawControls();
}
