package io.baton.engine.data.intrinsic;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A forgiving Base64 decoder that matches what AWS accepts in States.Base64Decode.
 *
 * <ul>
 *   <li>Characters outside the standard and URL-safe alphabets (blanks, {@code !}) are skipped.
 *   <li>The first {@code =} ends the data; anything after it is ignored.
 *   <li>Missing padding is fine; leftover bits that do not make a whole byte are dropped.
 *   <li>Never fails, so {@code abc} and {@code ab==cd} decode as they do on AWS.
 * </ul>
 */
final class LenientBase64 {
  private static final int[] DIGITS = new int[128];

  static {
    Arrays.fill(DIGITS, -1);
    final String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      DIGITS[alphabet.charAt(i)] = i;
    }
    DIGITS['-'] = 62;
    DIGITS['_'] = 63;
  }

  private LenientBase64() {}

  static byte[] decode(String text) {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 4);
    int bits = 0;
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      final char c = text.charAt(i);
      if (c == '=') {
        break;
      }
      final int digit = c < DIGITS.length ? DIGITS[c] : -1;
      if (digit < 0) {
        continue;
      }
      bits = (bits << 6) | digit;
      count++;
      if (count == 4) {
        out.write(bits >> 16);
        out.write(bits >> 8);
        out.write(bits);
        bits = 0;
        count = 0;
      }
    }
    if (count == 2) {
      out.write(bits >> 4);
    } else if (count == 3) {
      out.write(bits >> 10);
      out.write(bits >> 2);
    }
    return out.toByteArray();
  }
}
