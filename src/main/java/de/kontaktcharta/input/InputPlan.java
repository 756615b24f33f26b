package de.kontaktcharta.input;

import de.kontaktcharta.model.Problem;
import de.kontaktcharta.source.Detection;
import java.util.List;

/**
 * The inputs of a run, recognised and in reading order.
 *
 * @param files the scanned files (holds archives open until closed)
 * @param detections every file with what it was recognised as, recognised ones first in reading
 *     order, then the unknown ones
 * @param problems missing, unreadable and unknown inputs
 */
record InputPlan(InputSet files, List<Detection> detections, List<Problem> problems)
    implements AutoCloseable {

  public InputPlan {
    detections = List.copyOf(detections);
    problems = List.copyOf(problems);
  }

  public List<Detection> recognised() {
    return detections.stream().filter(d -> d.kind() != null).toList();
  }

  @Override
  public void close() {
    files.close();
  }
}
