package de.kontaktcharta.source.meta;

import de.kontaktcharta.model.Problem;

/**
 * Receives what a reader finds, one item at a time.
 *
 * @param <T> {@link MetaMessage} or {@link MetaOwner}
 */
public interface MetaSink<T> {

  void accept(T item);

  void problem(Problem problem);
}
