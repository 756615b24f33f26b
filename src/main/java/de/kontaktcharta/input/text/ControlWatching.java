package de.kontaktcharta.input.text;

/**
 * A reader that notes, while text passes it, whether a control character other than tab and the
 * line breaks came by: the UTF-8 decoder as it decodes and the plain CSV reader as it splits, so
 * that nothing above them searches the text once more, and the record guard for the decoders that
 * do not.
 */
public interface ControlWatching {

  /** True once a control character other than tab, CR and LF has been decoded. */
  boolean sawControls();
}
