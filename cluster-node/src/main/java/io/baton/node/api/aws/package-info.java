/**
 * The AWS Step Functions API (JSON 1.0 protocol) over HTTP, so that the AWS CLI and every AWS SDK
 * work against a Baton node unchanged.
 *
 * <ul>
 *   <li>{@link io.baton.node.api.aws.AwsApiServer} binds it; {@link
 *       io.baton.node.api.aws.AwsApiRoute} is the route, to combine with others on one port.
 *   <li>The gateway checks what AWS checks at the protocol level (JSON types, model constraints,
 *       ARN and name syntax, payload sizes, SigV4 signatures) and leaves every semantic decision to
 *       {@link io.baton.node.service.BatonService}, whose {@code BatonException} names become the
 *       AWS error names.
 *   <li>Nothing here keeps state between requests.
 * </ul>
 */
package io.baton.node.api.aws;
