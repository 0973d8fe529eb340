package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte for byte on a socket, so that tests control every header (Host,
 * Content-Type, none at all) the way a misbehaving client would send them.
 */
final class AwsCall {
  private final int port;
  private String method = "POST";
  private String path = "/";
  private final Map<String, String> headers = new LinkedHashMap<>();
  private byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
  private boolean chunked;
  private boolean expectContinue;

  private AwsCall(int port) {
    this.port = port;
    headers.put("Host", "127.0.0.1:" + port);
    headers.put("Content-Type", "application/x-amz-json-1.0");
  }

  static AwsCall to(int port) {
    return new AwsCall(port);
  }

  AwsCall target(String action) {
    return header("X-Amz-Target", ActionRouter.TARGET_PREFIX + action);
  }

  AwsCall header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  AwsCall without(String name) {
    headers.remove(name);
    return this;
  }

  AwsCall method(String newMethod, String newPath) {
    method = newMethod;
    path = newPath;
    return this;
  }

  AwsCall body(String json) {
    body = json.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** Sends the body with {@code Transfer-Encoding: chunked}, its length undeclared. */
  AwsCall chunked() {
    chunked = true;
    return this;
  }

  /** Asks {@code Expect: 100-continue}: the body is sent only if the server wants it. */
  AwsCall expectContinue() {
    expectContinue = true;
    return this;
  }

  Answer send() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      final StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length);
      head.append(expectContinue ? "\r\nExpect: 100-continue" : "");
      head.append("\r\nConnection: close\r\n\r\n");
      final OutputStream out = socket.getOutputStream();
      final InputStream in = socket.getInputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      if (expectContinue) {
        final byte[] interim = readHead(in);
        if (!new String(interim, StandardCharsets.ISO_8859_1).contains(" 100 ")) {
          return Answer.parse(concat(interim, readAll(in)));
        }
      }
      try {
        if (chunked) {
          writeChunked(out);
        } else {
          out.write(body);
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before the whole body is sent; read its answer.
      }
      return Answer.parse(readAll(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeChunked(OutputStream out) throws IOException {
    final int size = 64 * 1024;
    for (int from = 0; from < body.length; from += size) {
      final int length = Math.min(size, body.length - from);
      out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, from, length);
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Reads up to and including the blank line that ends a response head. */
  private static byte[] readHead(InputStream in) throws IOException {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while (last4 != 0x0D0A0D0A && (b = in.read()) >= 0) {
      bytes.write(b);
      last4 = (last4 << 8) | b;
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    final byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toByteArray();
  }

  /** A response: status, lower-cased headers, body text. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer parse(byte[] raw) {
      final String text = new String(raw, StandardCharsets.UTF_8);
      final int split = text.indexOf("\r\n\r\n");
      final String[] lines = text.substring(0, split).split("\r\n");
      final Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        final int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      return new Answer(
          Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(split + 4));
    }

    JsonNode json() {
      return Json.parse(body);
    }

    /** The {@code __type} of an error answer. */
    String type() {
      return json().path("__type").asText();
    }

    String message() {
      return json().path("message").asText();
    }
  }
}
