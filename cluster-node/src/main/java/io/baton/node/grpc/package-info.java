/**
 * The gRPC gateway (port 50051): the services of {@code client/src/main/proto/baton/v1} over the
 * node's {@link io.baton.node.service.BatonService}.
 *
 * <ul>
 *   <li>Only translation lives here: protos to service calls, answers to protos, {@code
 *       BatonException}s to gRPC statuses with the AWS error name. No business rules.
 *   <li>Admission control and the request size limit protect the node, not the data.
 * </ul>
 */
package io.baton.node.grpc;
