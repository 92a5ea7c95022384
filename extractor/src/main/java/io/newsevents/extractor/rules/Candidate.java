package io.newsevents.extractor.rules;

import io.newsevents.events.Actor;
import io.newsevents.events.Money;
import io.newsevents.extractor.text.Sentence;

import java.util.ArrayList;
import java.util.List;

/** An event under construction: what one rule read from one sentence, before mentions of one fact are merged. */
public final class Candidate {

    public static final String DEAL = "DealSigned";
    public static final String EXERCISE = "ExerciseHeld";
    public static final String RECOGNITION = "RecognitionWithheld";

    public final String type;
    public final Sentence sentence;
    public final int sentenceIndex;
    public final List<Actor> actors = new ArrayList<>();
    public Actor withholder;
    public Actor target;
    public Money value;
    public String date;
    public String name;
    public String location;
    public final List<String> items = new ArrayList<>();
    /** Distinctive words of the items (names, model numbers), which tell two deals of the same parties apart. */
    public final java.util.Set<String> itemKeys = new java.util.LinkedHashSet<>();
    public String category;
    public double confidence;
    /** Only confirms a fact read elsewhere; never becomes an event on its own. */
    public boolean weak;
    /** Said to be another fact ("also ordered", "a second contract"): merges only on a shared value, year or item. */
    public boolean fresh;
    /** Only brings a value to the fact of the sentence right before it. */
    public boolean valueOnly;
    /** Start/end of the evidence (defaults to the sentence). */
    public int evStart;
    public int evEnd;

    public Candidate(String type, Sentence sentence, int sentenceIndex) {
        this.type = type;
        this.sentence = sentence;
        this.sentenceIndex = sentenceIndex;
        this.evStart = sentence.start();
        this.evEnd = sentence.end();
    }

    /** Adds an actor unless one with the same key is there; a state replaces an organization of the same state. */
    private String setKey;

    public void addActor(Actor a) {
        setKey = null;
        ActorLists.addUnique(actors, a);
    }

    public String actorSetKey() {
        if (RECOGNITION.equals(type)) {
            return withholder.key() + ">" + target.key();
        }
        if (setKey == null) {
            setKey = io.newsevents.events.EventIds.actorSetKey(actors);
        }
        return setKey;
    }

    @Override
    public String toString() {
        return type + actorSetKey() + " v=" + value + " d=" + date + " n=" + name + " items=" + items + (weak ? " weak" : "");
    }
}
