-- Baton schema version 1 for PostgreSQL. The journal tables are akka-persistence-jdbc 5.2.1's.
CREATE TABLE IF NOT EXISTS event_journal (
  ordering BIGSERIAL,
  persistence_id VARCHAR(1024) NOT NULL,
  sequence_number BIGINT NOT NULL,
  deleted BOOLEAN DEFAULT FALSE NOT NULL,
  writer VARCHAR(255) NOT NULL,
  write_timestamp BIGINT,
  adapter_manifest VARCHAR(255),
  event_ser_id INTEGER NOT NULL,
  event_ser_manifest VARCHAR(255) NOT NULL,
  event_payload BYTEA NOT NULL,
  meta_ser_id INTEGER,
  meta_ser_manifest VARCHAR(255),
  meta_payload BYTEA,
  PRIMARY KEY(persistence_id, sequence_number)
);
CREATE UNIQUE INDEX IF NOT EXISTS event_journal_ordering_idx ON event_journal(ordering);
CREATE TABLE IF NOT EXISTS event_tag (
  event_id BIGINT,
  tag VARCHAR(256),
  PRIMARY KEY(event_id, tag),
  CONSTRAINT fk_event_journal FOREIGN KEY(event_id) REFERENCES event_journal(ordering) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS snapshot (
  persistence_id VARCHAR(1024) NOT NULL,
  sequence_number BIGINT NOT NULL,
  created BIGINT NOT NULL,
  snapshot_ser_id INTEGER NOT NULL,
  snapshot_ser_manifest VARCHAR(255) NOT NULL,
  snapshot_payload BYTEA NOT NULL,
  meta_ser_id INTEGER,
  meta_ser_manifest VARCHAR(255),
  meta_payload BYTEA,
  PRIMARY KEY(persistence_id, sequence_number)
);
CREATE TABLE IF NOT EXISTS baton_state_machines (
  arn VARCHAR(512) PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  machine_type VARCHAR(16) NOT NULL,
  role_arn VARCHAR(2048) NOT NULL,
  definition TEXT NOT NULL,
  revision_id VARCHAR(64) NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS baton_executions (
  execution_arn VARCHAR(700) PRIMARY KEY,
  state_machine_arn VARCHAR(512) NOT NULL,
  name VARCHAR(80) NOT NULL,
  status VARCHAR(16) NOT NULL,
  start_date BIGINT NOT NULL,
  stop_date BIGINT
);
CREATE INDEX IF NOT EXISTS baton_executions_by_machine ON baton_executions (state_machine_arn, start_date);
CREATE INDEX IF NOT EXISTS baton_executions_running ON baton_executions (status);
CREATE TABLE IF NOT EXISTS baton_timers (
  execution_id VARCHAR(700) NOT NULL,
  timer_id VARCHAR(700) NOT NULL,
  slice INT NOT NULL,
  fire_at BIGINT NOT NULL,
  PRIMARY KEY (execution_id, timer_id)
);
CREATE INDEX IF NOT EXISTS baton_timers_due ON baton_timers (slice, fire_at);
CREATE TABLE IF NOT EXISTS baton_activities (
  arn VARCHAR(512) PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS baton_tags (
  resource_arn VARCHAR(700) NOT NULL,
  tag_key VARCHAR(128) NOT NULL,
  tag_value VARCHAR(256) NOT NULL,
  PRIMARY KEY (resource_arn, tag_key)
);
CREATE TABLE IF NOT EXISTS baton_settings (
  setting_key VARCHAR(128) PRIMARY KEY,
  setting_value VARCHAR(1024) NOT NULL
);
