package de.kontaktcharta.source.xingexport;

import de.kontaktcharta.model.Problem;

/**
 * Receives what a reader finds, one item at a time, in file order.
 *
 * @param <T> the kind of item: {@link XingContact}, {@link XingNote} or {@link XingMessage}
 */
public interface XingSink<T> {

  void accept(T item);

  void problem(Problem problem);
}
