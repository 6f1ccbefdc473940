package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Who a piece of copy names: the advertiser, servicers, addresses and web domains. */
final class Identity {
    private Identity() {
    }

    private static final Set<String> SUFFIXES = Set.of("llc", "inc", "corp", "corporation", "co", "company", "ltd",
            "lp", "llp", "pllc", "na", "n", "a", "fsb", "l", "c", "the");
    private static final Set<String> GENERIC = Set.of("first", "american", "home", "homes", "mortgage", "united",
            "national", "the", "bank", "federal", "community", "city", "state", "loan", "loans", "lending",
            "financial", "capital", "credit", "union", "savings", "trust", "new", "best", "premier", "direct");

    /** "Acme Home Loans, LLC" → "acme home loans": the words a reader would recognise. */
    static String core(String name) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(Tokenizer.normalise(name))) {
            if (t.kind() != Token.Kind.SYM || t.is("&")) {
                words.add(t.text());
            }
        }
        while (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    static List<PhraseMatcher.Hit> find(PartText p, String phrase) {
        if (phrase.isBlank()) {
            return List.of();
        }
        return PhraseMatcher.unshared().add("X", phrase).find(p.tokens);
    }

    /** The advertiser's legal name, a DBA, or the distinctive first word of either ("Acme"). */
    static boolean namesAdvertiser(PartText p, AdvertiserProfile profile) {
        for (String n : profile.names()) {
            String core = core(n);
            if (!core.isEmpty() && !find(p, core).isEmpty()) {
                return true;
            }
            String first = core.contains(" ") ? core.substring(0, core.indexOf(' ')) : core;
            if (first.length() >= 4 && !GENERIC.contains(first) && !find(p, first).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static boolean namesAdvertiser(Creative c) {
        return c.anyPart(p -> namesAdvertiser(p, c.profile));
    }

    private static final Set<String> STREET = Set.of("st", "street", "ave", "avenue", "rd", "road", "blvd",
            "boulevard", "dr", "drive", "ln", "lane", "way", "ct", "court", "pl", "place", "pkwy", "parkway", "hwy",
            "highway", "suite", "ste", "plaza", "circle", "cir", "trail", "terrace", "square", "sq", "broadway",
            "pike", "row", "center", "centre", "expressway", "turnpike", "loop", "alley");

    /** A street address ("100 Main St", "2500 N. Lamar Boulevard") or a PO box. */
    static boolean hasPostalAddress(PartText p) {
        for (int i = 0; i < p.size(); i++) {
            if (p.num(i)) {
                for (int k = i + 1; k < Math.min(p.size(), i + 6); k++) {
                    if (p.num(k) && k > i + 1 && p.w(k - 1).equals("suite")) {
                        continue;
                    }
                    if (p.tokens.get(k).kind() != Token.Kind.WORD) {
                        break;
                    }
                    if (k > i + 1 && STREET.contains(p.w(k))) {
                        return true;
                    }
                }
            }
            if ((p.w(i).equals("box") && (p.w(i - 1).equals("po") || p.w(i - 1).equals("o")
                    || p.w(i - 1).equals("office"))) && p.num(i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TLDS = Set.of("com", "net", "org", "us", "loans", "loan", "mortgage",
            "gov", "info", "biz", "co", "io", "homes", "house", "money", "finance", "financial", "online", "site");

    /** Labels of a domain or email address, split on - . @ _ without a regular expression. */
    static List<String> segments(String domain) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= domain.length(); i++) {
            if (i == domain.length() || "-.@_".indexOf(domain.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(domain.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Domains in the text ("fha-refi-gov-help.com", "info@hud-refi.net"), by a bounded backward scan. */
    static List<int[]> domains(String norm) {
        List<int[]> out = new ArrayList<>();
        int n = norm.length();
        int lastEnd = -1;
        for (int i = 0; i < n; i++) {
            if (norm.charAt(i) != '.' || i <= lastEnd) {
                continue;
            }
            int j = i + 1;
            while (j < n && j - i <= 12 && Character.isLetter(norm.charAt(j))) {
                j++;
            }
            if (j == i + 1 || !TLDS.contains(norm.substring(i + 1, j))) {
                continue;
            }
            int s = i;
            while (s > lastEnd + 1 && s > 0 && i - s < 253 && (Character.isLetterOrDigit(norm.charAt(s - 1)) || norm.charAt(s - 1) == '-'
                    || norm.charAt(s - 1) == '.')) {
                s--;
            }
            if (s < i) {
                out.add(new int[] {s, j});
                lastEnd = j;
            }
        }
        return out;
    }

    static final Set<String> SERVICER_NAMES = Set.of("wells fargo", "chase", "jpmorgan chase", "rocket mortgage",
            "quicken loans", "bank of america", "mr cooper", "pennymac", "freedom mortgage", "lakeview",
            "loandepot", "loan depot", "newrez", "shellpoint", "caliber home loans", "nationstar", "us bank",
            "u s bank", "citimortgage", "citi", "flagstar", "guild mortgage", "united wholesale mortgage", "uwm",
            "cenlar", "carrington", "ocwen", "phh", "truist", "pnc", "huntington", "roundpoint", "dovenmuehle",
            "select portfolio servicing", "midfirst", "navy federal", "usaa", "amerihome", "crosscountry",
            "rushmore", "specialized loan servicing", "fairway", "ditech", "seterus", "sun west", "planet home lending",
            "cardinal financial", "movement mortgage", "provident funding", "nationstar mortgage");
}
