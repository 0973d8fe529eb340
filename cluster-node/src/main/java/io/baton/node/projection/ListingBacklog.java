package io.baton.node.projection;

import akka.persistence.typed.PersistenceId;
import io.baton.persistence.JournalSerializer;
import io.baton.persistence.ListingTags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Executions created in the journal beyond the listing projection's stored offsets: the ones the
 * listing may not show yet.
 *
 * <p>Why: a node that restarts, or survives another's loss, wakes the executions that were running
 * so they re-offer tasks from queues that lived in memory. The listing trails the journal, so an
 * execution created just before a crash may have no row yet; this finds it from the journal. The
 * query reads only tagged events past each slice's offset, a short range in steady state.
 */
public final class ListingBacklog {
  // Quoted lower-case names match the journal and offset tables on both H2 and PostgreSQL.
  private static final String OFFSET =
      "SELECT \"current_offset\", \"manifest\" FROM \"akka_projection_offset_store\""
          + " WHERE \"projection_name\" = ? AND \"projection_key\" = ?";
  private static final String CREATED_AFTER =
      "SELECT j.\"persistence_id\" FROM \"event_journal\" j"
          + " JOIN \"event_tag\" t ON t.\"event_id\" = j.\"ordering\""
          + " WHERE t.\"tag\" = ? AND t.\"event_id\" > ? AND j.\"ordering\" > ?"
          + " AND j.\"event_ser_manifest\" = ?";

  private ListingBacklog() {}

  /** The ARNs of executions created after the listing's offsets, slice by slice. */
  public static List<String> createdSinceOffsets(Connection c, ListingTags tags)
      throws SQLException {
    final List<String> out = new ArrayList<>();
    for (String tag : tags.all()) {
      final long offset = offset(c, tag);
      try (PreparedStatement ps = c.prepareStatement(CREATED_AFTER)) {
        ps.setString(1, tag);
        ps.setLong(2, offset);
        ps.setLong(3, offset);
        ps.setString(4, JournalSerializer.CREATED_V1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(PersistenceId.extractEntityId(rs.getString(1)));
          }
        }
      }
    }
    return out;
  }

  /** The journal ordering a slice has listed up to; 0 before its first commit. */
  private static long offset(Connection c, String tag) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(OFFSET)) {
      ps.setString(1, ExecutionListing.PROJECTION);
      ps.setString(2, tag);
      try (ResultSet rs = ps.executeQuery()) {
        // A sequence offset (manifest SEQ) is the journal's ordering column.
        if (rs.next() && "SEQ".equals(rs.getString(2))) {
          return Long.parseLong(rs.getString(1));
        }
        return 0;
      }
    }
  }
}
