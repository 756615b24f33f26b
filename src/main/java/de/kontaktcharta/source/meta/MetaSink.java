package de.kontaktcharta.source.meta;

/**
 * Receives what a reader finds, one item at a time.
 *
 * @param <T> {@link MetaMessage} or {@link MetaOwner}
 */
public interface MetaSink<T> {

  void accept(T item);

  void problem(MetaProblem problem);
}
