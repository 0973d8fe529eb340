package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.engine.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prints results as a table or as JSON, as {@code --output} asks. */
final class Printer {
  private final PrintWriter out;
  private final boolean json;

  Printer(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  boolean json() {
    return json;
  }

  void json(JsonNode node) {
    out.println(ProtoJson.pretty(node));
    out.flush();
  }

  /** One object: JSON, or "Key: value" lines in the object's order. */
  void object(ObjectNode node) {
    if (json) {
      json(node);
      return;
    }
    final Table table = new Table("FIELD", "VALUE");
    node.fields()
        .forEachRemaining(
            f ->
                table.row(
                    f.getKey(),
                    f.getValue().isTextual() ? f.getValue().asText() : Json.write(f.getValue())));
    table.print(out);
  }

  /** A page of items under {@code key}, with the next page's token when there is one. */
  <T> void page(
      String key,
      List<T> items,
      Function<T, ObjectNode> toJson,
      Table table,
      Function<T, String[]> toRow,
      String nextToken) {
    if (json) {
      final ObjectNode page = Json.object();
      final ArrayNode list = page.putArray(key);
      items.forEach(i -> list.add(toJson.apply(i)));
      if (!nextToken.isEmpty()) {
        page.put("nextToken", nextToken);
      }
      json(page);
      return;
    }
    items.forEach(i -> table.row(toRow.apply(i)));
    table.print(out);
    if (!nextToken.isEmpty()) {
      out.println("next token: " + nextToken);
      out.flush();
    }
  }

  /** One history event as it arrives: a JSON line, or a fixed-width row. */
  void event(HistoryEvent e) {
    if (json) {
      out.println(Json.write(ProtoJson.event(e)));
    } else {
      out.println(
          String.format(
                  "%4d  %4d  %-24s  %-28s  %s",
                  e.getId(),
                  e.getPreviousEventId(),
                  ProtoJson.date(e.getTimestamp()),
                  e.getType(),
                  Table.cut(e.getDetailsJson(), 100))
              .stripTrailing());
    }
    out.flush();
  }

  void eventHeader() {
    if (!json) {
      out.println(
          String.format(
              "%4s  %4s  %-24s  %-28s  %s", "ID", "PREV", "TIMESTAMP", "TYPE", "DETAILS"));
    }
  }

  /** A short confirmation: {"key": value, …} in JSON, "key: value" lines otherwise. */
  void done(Map<String, String> fields) {
    if (json) {
      final ObjectNode node = Json.object();
      fields.forEach(node::put);
      json(node);
    } else {
      fields.forEach((k, v) -> out.println(k + ": " + v));
      out.flush();
    }
  }

  PrintWriter writer() {
    return out;
  }
}
