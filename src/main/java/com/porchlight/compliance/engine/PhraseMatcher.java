package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds fixed phrases in a token stream. Phrases are indexed by their first token, so a scan costs
 * one map lookup per token plus the few candidate phrases that start with it: linear in the text,
 * no regular expressions. {@code <n>} in a phrase matches any number.
 */
final class PhraseMatcher {
    static final String ANY_NUMBER = "<n>";

    record Hit(String tag, int from, int to) {
    }

    private record Phrase(String tag, String[] words) {
    }

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();

    /**
     * Matchers built while the rule catalog loads are registered, and the first scan freezes them into
     * one combined index: a part is then scanned once for all rules instead of once per rule.
     * Matchers made later (per-check name lookups) are simply scanned on their own.
     */
    private static final List<PhraseMatcher> REGISTRY = new ArrayList<>();
    private static boolean frozen;
    volatile int sharedId = -1;

    PhraseMatcher() {
        this(true);
    }

    private PhraseMatcher(boolean register) {
        if (register) {
            synchronized (REGISTRY) {
                if (!frozen) {
                    REGISTRY.add(this);
                }
            }
        }
    }

    /** A matcher used on its own, never part of the combined index (e.g. built per check). */
    static PhraseMatcher unshared() {
        return new PhraseMatcher(false);
    }

    /** The combined index; initialised (and the registry frozen) on first use, thread-safely. */
    static final class Shared {
        static final Shared INSTANCE = new Shared();

        private record Entry(int matcher, Phrase phrase) {
        }

        private final Map<String, List<Entry>> byFirst = new HashMap<>();
        final int size;

        private Shared() {
            synchronized (REGISTRY) {
                frozen = true;
                for (int i = 0; i < REGISTRY.size(); i++) {
                    PhraseMatcher m = REGISTRY.get(i);
                    int id = i;
                    m.byFirst.forEach((first, phrases) -> phrases.forEach(ph ->
                            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry(id, ph))));
                    m.sharedId = i;
                }
                size = REGISTRY.size();
            }
        }

        @SuppressWarnings("unchecked")
        List<Hit>[] scan(List<Token> tokens) {
            List<Hit>[] out = new List[size];
            for (int i = 0; i < size; i++) {
                out[i] = new ArrayList<>();
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                collect(byFirst.get(t.text()), tokens, i, out);
                if (t.isNumber()) {
                    collect(byFirst.get(ANY_NUMBER), tokens, i, out);
                }
            }
            return out;
        }

        private static void collect(List<Entry> entries, List<Token> tokens, int i, List<Hit>[] out) {
            if (entries == null) {
                return;
            }
            for (Entry e : entries) {
                if (matches(e.phrase.words, tokens, i)) {
                    out[e.matcher].add(new Hit(e.phrase.tag, i, i + e.phrase.words.length));
                }
            }
        }
    }

    PhraseMatcher add(String tag, String... phrases) {
        for (String p : phrases) {
            String[] words = p.equals(ANY_NUMBER) ? new String[] {ANY_NUMBER} : compile(p);
            if (words.length == 0) {
                throw new IllegalArgumentException("empty phrase for " + tag);
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(tag, words));
        }
        synchronized (REGISTRY) {
            if (frozen) {
                // Phrases added after the combined index was built are not in it: scan this one alone.
                sharedId = -1;
            }
        }
        return this;
    }

    private static String[] compile(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.split(" ")) {
            if (part.equals(ANY_NUMBER)) {
                out.add(ANY_NUMBER);
            } else {
                for (Token t : Tokenizer.tokenize(Tokenizer.normalise(part))) {
                    out.add(t.text());
                }
            }
        }
        return out.toArray(String[]::new);
    }

    List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tryAll(byFirst.get(t.text()), tokens, i, hits);
            if (t.isNumber()) {
                tryAll(byFirst.get(ANY_NUMBER), tokens, i, hits);
            }
        }
        return hits;
    }

    private static void tryAll(List<Phrase> candidates, List<Token> tokens, int i, List<Hit> hits) {
        if (candidates == null) {
            return;
        }
        for (Phrase p : candidates) {
            if (matches(p.words, tokens, i)) {
                hits.add(new Hit(p.tag, i, i + p.words.length));
            }
        }
    }

    private static boolean matches(String[] words, List<Token> tokens, int at) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(at + k);
            if (words[k].equals(ANY_NUMBER) ? !t.isNumber() : !words[k].equals(t.text())) {
                return false;
            }
        }
        return true;
    }
}
