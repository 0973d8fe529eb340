/**
 * The load generator behind {@code baton load}: drives executions on one or more nodes and measures
 * throughput and start-to-finish latency. No compatibility promise: internal to the CLI.
 */
package io.baton.client.load;
