package io.baton.node.bootstrap;

import io.baton.node.db.Database;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;

/**
 * The secret that signs task and page tokens: configured, or generated once and kept in the
 * database so every node of a cluster, and every restart, uses the same one.
 */
final class Secrets {
  private Secrets() {}

  static String secret(NodeSettings settings, Database db) {
    if (!settings.secret().isBlank()) {
      return settings.secret();
    }
    return db.runNow(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT setting_value FROM baton_settings WHERE setting_key = 'secret'");
              ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              return rs.getString(1);
            }
          }
          final byte[] bytes = new byte[32];
          new SecureRandom().nextBytes(bytes);
          final String generated = Base64.getEncoder().encodeToString(bytes);
          try (PreparedStatement ins =
              c.prepareStatement(
                  "INSERT INTO baton_settings (setting_key, setting_value) VALUES ('secret', ?)")) {
            ins.setString(1, generated);
            ins.executeUpdate();
          } catch (java.sql.SQLException e) {
            // Another node stored one first: use it.
            return secret(settings, db);
          }
          return generated;
        });
  }
}
