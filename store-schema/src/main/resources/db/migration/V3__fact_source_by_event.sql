-- The live stream looks up the fact of each new event by its event id.
CREATE INDEX fact_source_event ON fact_source (event_id);
