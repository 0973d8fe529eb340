package io.baton.client.worker;

/**
 * Does the work of one activity task.
 *
 * <ul>
 *   <li>Returns the task's output as JSON text; the worker sends it with SendTaskSuccess.
 *   <li>Throws {@link ActivityFailure} to fail the task with a chosen error name and cause; any
 *       other exception fails it with the exception's simple class name and message.
 *   <li>Runs on a poller thread, so a long task holds that poller; it may check {@link
 *       ActivityTask#isCancelled()} to stop early when the task timed out or the worker stops.
 * </ul>
 */
@FunctionalInterface
public interface ActivityHandler {
  String handle(ActivityTask task) throws Exception;
}
