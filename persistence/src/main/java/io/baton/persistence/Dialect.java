package io.baton.persistence;

/** The databases Baton stores its journal and tables in. */
public enum Dialect {
  H2("h2"),
  POSTGRES("postgres");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Where this dialect's versioned schema files live on the classpath. */
  public String schemaFolder() {
    return "db/" + folder;
  }

  public static Dialect fromJdbcUrl(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException("Unsupported database URL (H2 or PostgreSQL): " + url);
  }
}
