-- Re-extraction, rebuild and the "who does not recognise whom" table (issue 4). Additive only: V1 stays as it is.

-- ArticleExtracted markers, append-only like event_log: the complete set of event ids one extraction of an article
-- produced. The latest marker of an article (by extracted_at) is the authoritative set of its current claims.
CREATE TABLE extraction_log (
    position          BIGSERIAL   PRIMARY KEY,
    marker_id         TEXT        NOT NULL UNIQUE,     -- hash of the marker's JSON: redelivery is a no-op
    article_id        TEXT        NOT NULL,
    text_sha256       TEXT,
    extractor_name    TEXT,
    extractor_version TEXT,
    event_ids         JSONB       NOT NULL,            -- JSON array of event ids
    extracted_at      TIMESTAMPTZ NOT NULL,            -- from the marker (recorded_at when it has none)
    payload           JSONB       NOT NULL,            -- the marker exactly as received
    kafka_topic       TEXT,
    kafka_partition   INT,
    kafka_offset      BIGINT,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX extraction_log_article ON extraction_log (article_id, extracted_at DESC, position DESC);
CREATE INDEX extraction_log_recorded ON extraction_log (recorded_at);

-- A later, different payload of an event id that event_log already holds. Event ids are deterministic per article
-- and fact, so a newer extractor reading the same fact again sends the same id with new content (extractor version,
-- evidence offsets, a value it now finds). event_log keeps the first payload; the latest revision is the current one.
CREATE TABLE event_revision (
    position        BIGSERIAL   PRIMARY KEY,
    event_id        TEXT        NOT NULL REFERENCES event_log (event_id),
    schema_version  INT         NOT NULL,
    payload         JSONB       NOT NULL,
    kafka_topic     TEXT,
    kafka_partition INT,
    kafka_offset    BIGINT,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX event_revision_event ON event_revision (event_id, position);
CREATE INDEX event_revision_recorded ON event_revision (recorded_at);

-- Projection (rebuildable): every event id the store knows, its current payload upcast to the current schema,
-- the fact group it belongs to, and whether the latest extraction of its article still makes the claim.
CREATE TABLE claim (
    event_id    TEXT        PRIMARY KEY,
    article_id  TEXT        NOT NULL,
    type        TEXT        NOT NULL,
    group_key   TEXT        NOT NULL,                  -- the exact part of the fact identity (see store-service)
    payload     JSONB       NOT NULL,
    active      BOOLEAN     NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL                   -- when the store first recorded the event id
);
CREATE INDEX claim_group ON claim (group_key, active);
CREATE INDEX claim_article ON claim (article_id);

-- The group a fact was projected from: the store replaces a group's facts as a whole.
ALTER TABLE fact ADD COLUMN group_key TEXT;
CREATE INDEX fact_group ON fact (group_key);

-- Who does not recognise whom, now. One row per (withholder, target) pair that at least one current source supports.
-- A later RecognitionGranted event type would end such a state: it joins the same fact group (withholder, target)
-- and the projection keeps the pair here only while the latest dated claim of the group is a withholding.
CREATE VIEW non_recognition AS
SELECT f.fact_id,
       w.actor_key AS withholder_key, w.name AS withholder_name, w.iso3 AS withholder_iso3,
       t.actor_key AS target_key, t.name AS target_name, t.iso3 AS target_iso3,
       f.date AS since, f.source_count, f.first_seen, f.last_seen
FROM fact f
JOIN fact_actor w ON w.fact_id = f.fact_id AND w.role = 'withholder'
JOIN fact_actor t ON t.fact_id = f.fact_id AND t.role = 'target'
WHERE f.type = 'RecognitionWithheld';
