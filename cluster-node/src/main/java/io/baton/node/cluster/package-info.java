/**
 * How a node becomes part of a cluster and keeps it healthy: formation by seed nodes or Kubernetes
 * discovery, the management endpoints and readiness, and the recovery that follows the loss of a
 * member.
 */
package io.baton.node.cluster;
