/** The node's implementation of {@code BatonService}. No compatibility promise: internal. */
package io.baton.node.service.internal;
