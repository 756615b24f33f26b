package de.kontaktcharta.source.xingexport;

/**
 * The accounting of one file: every data row is either used or skipped (and then named in a
 * problem), so {@code rows == used + skipped}.
 *
 * @param file the file's display name
 * @param rows data rows read (the header and empty lines not counted)
 * @param used rows that fed an item (for messages also the conversation rows)
 * @param skipped rows not used, each covered by a problem with {@code rowSkipped}
 * @param items items handed to the sink
 * @param problems problems handed to the sink
 */
public record XingReadSummary(
    String file, int rows, int used, int skipped, int items, int problems) {}
