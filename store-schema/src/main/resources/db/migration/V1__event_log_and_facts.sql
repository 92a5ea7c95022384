-- The append-only event log and the projected facts.
-- event_log is the source of truth; every table below it can be dropped and rebuilt from it.

CREATE TABLE event_log (
    position        BIGSERIAL   PRIMARY KEY,           -- order of arrival in this store (not a replay checkpoint)
    event_id        TEXT        NOT NULL UNIQUE,       -- deterministic id from the extractor: redelivery is a no-op
    type            TEXT        NOT NULL,
    schema_version  INT         NOT NULL,
    article_id      TEXT        NOT NULL,
    payload         JSONB       NOT NULL,              -- the event exactly as received
    kafka_topic     TEXT,
    kafka_partition INT,
    kafka_offset    BIGINT,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX event_log_article ON event_log (article_id);
CREATE INDEX event_log_recorded ON event_log (recorded_at);

-- Where each consumer stands in each topic partition, committed with the projection changes.
CREATE TABLE consumer_checkpoint (
    kafka_topic     TEXT   NOT NULL,
    kafka_partition INT    NOT NULL,
    next_offset     BIGINT NOT NULL,
    PRIMARY KEY (kafka_topic, kafka_partition)
);

-- One row per fact, whatever the number of articles reporting it.
CREATE TABLE fact (
    fact_id         TEXT        PRIMARY KEY,           -- deterministic from the fact's identity (see store-service)
    type            TEXT        NOT NULL,              -- DealSigned | ExerciseHeld | RecognitionWithheld
    date            TEXT,                              -- yyyy, yyyy-MM or yyyy-MM-dd: the most precise a source gives
    date_from       DATE,                              -- first day the date covers (null when undated)
    date_to         DATE,                              -- last day the date covers
    category        TEXT,                              -- DealSigned
    value_amount    BIGINT,                            -- DealSigned
    value_currency  TEXT,                              -- DealSigned
    items           JSONB       NOT NULL DEFAULT '[]', -- DealSigned
    name            TEXT,                              -- ExerciseHeld
    location        TEXT,                              -- ExerciseHeld
    source_count    INT         NOT NULL DEFAULT 0,    -- distinct articles supporting the fact
    first_seen      TIMESTAMPTZ NOT NULL,
    last_seen       TIMESTAMPTZ NOT NULL
);
CREATE INDEX fact_type_date ON fact (type, date_from);

-- The actors of a fact with their role: party, participant, withholder, target.
CREATE TABLE fact_actor (
    fact_id    TEXT NOT NULL REFERENCES fact (fact_id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    actor_key  TEXT NOT NULL,                          -- iso3 when there is one, else the case-folded name
    name       TEXT NOT NULL,
    iso3       TEXT,
    kind       TEXT,
    position   INT  NOT NULL,                          -- order within the role (withholder before target etc.)
    PRIMARY KEY (fact_id, role, actor_key)
);
CREATE INDEX fact_actor_key ON fact_actor (actor_key);
CREATE INDEX fact_actor_iso3 ON fact_actor (iso3);

-- Every source of a fact: which article said it, where, and which extractor read it.
CREATE TABLE fact_source (
    fact_id           TEXT        NOT NULL REFERENCES fact (fact_id) ON DELETE CASCADE,
    event_id          TEXT        NOT NULL,
    article_id        TEXT        NOT NULL,
    evidence_text     TEXT        NOT NULL,
    evidence_start    INT         NOT NULL,
    evidence_end      INT         NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    date              TEXT,
    extractor_name    TEXT,
    extractor_version TEXT,
    recorded_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (fact_id, event_id)
);
CREATE INDEX fact_source_article ON fact_source (article_id);

CREATE VIEW deals AS SELECT * FROM fact WHERE type = 'DealSigned';
CREATE VIEW exercises AS SELECT * FROM fact WHERE type = 'ExerciseHeld';
CREATE VIEW recognitions AS SELECT * FROM fact WHERE type = 'RecognitionWithheld';
