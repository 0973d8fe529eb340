package io.baton.node.bootstrap;

import io.baton.node.db.Database;
import io.baton.persistence.ListingTags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The number of execution listing slices, fixed by the first node that uses a database and kept in
 * it: journal events keep the tag they were written with, so a different count on a later start
 * would send an execution's end to another projection than its creation.
 */
final class ListingSlices {
  private static final Logger LOG = LoggerFactory.getLogger(ListingSlices.class);
  private static final String KEY = "projection.slices";

  private ListingSlices() {}

  static ListingTags tags(NodeSettings settings, Database db) {
    final int stored = db.runNow(c -> stored(c, settings.listingSlices()));
    if (stored != settings.listingSlices()) {
      LOG.warn(
          "baton.projection.slices is {}, but this database was created with {}: keeping {}",
          settings.listingSlices(),
          stored,
          stored);
    }
    return new ListingTags(stored);
  }

  private static int stored(Connection c, int configured) throws SQLException {
    final Optional<Integer> first = read(c);
    if (first.isPresent()) {
      return first.get();
    }
    try (PreparedStatement ins =
        c.prepareStatement(
            "INSERT INTO baton_settings (setting_key, setting_value) VALUES (?, ?)")) {
      ins.setString(1, KEY);
      ins.setString(2, Integer.toString(configured));
      ins.executeUpdate();
      return configured;
    } catch (SQLException e) {
      // Another node stored its count first: use that one.
      return read(c).orElseThrow(() -> e);
    }
  }

  private static Optional<Integer> read(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT setting_value FROM baton_settings WHERE setting_key = ?")) {
      ps.setString(1, KEY);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Integer.parseInt(rs.getString(1))) : Optional.empty();
      }
    }
  }
}
