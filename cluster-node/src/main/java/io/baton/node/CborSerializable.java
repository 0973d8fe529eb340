package io.baton.node;

/** Marker for messages sent between nodes, serialized by Akka's Jackson CBOR serializer. */
public interface CborSerializable {}
