package com.porchlight.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the Leads grid and the export are narrowed to. Empty sets mean "any". Dates are whole UTC days, both ends
 * included. {@code search} is a prefix search (see {@link LeadQueryService}).
 */
public record LeadFilter(
        Set<Stage> stages,
        Set<Long> sourceIds,
        Set<String> states,
        Set<LoanProgram> programs,
        Set<LoanPurpose> purposes,
        Set<CreditBand> creditBands,
        Assignee assignee,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo,
        String search) {

    public LeadFilter {
        stages = Set.copyOf(stages);
        sourceIds = Set.copyOf(sourceIds);
        states = Set.copyOf(states);
        programs = Set.copyOf(programs);
        purposes = Set.copyOf(purposes);
        creditBands = Set.copyOf(creditBands);
        search = search == null ? "" : search.strip();
    }

    /** Every lead the user may see. */
    public static LeadFilter none() {
        return new LeadFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Assignee.any(), null, null,
                "");
    }

    public LeadFilter withStages(Set<Stage> value) {
        return new LeadFilter(value, sourceIds, states, programs, purposes, creditBands, assignee, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withSources(Set<Long> value) {
        return new LeadFilter(stages, value, states, programs, purposes, creditBands, assignee, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withStates(Set<String> value) {
        return new LeadFilter(stages, sourceIds, value, programs, purposes, creditBands, assignee, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withPrograms(Set<LoanProgram> value) {
        return new LeadFilter(stages, sourceIds, states, value, purposes, creditBands, assignee, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withPurposes(Set<LoanPurpose> value) {
        return new LeadFilter(stages, sourceIds, states, programs, value, creditBands, assignee, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withCreditBands(Set<CreditBand> value) {
        return new LeadFilter(stages, sourceIds, states, programs, purposes, value, assignee, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withAssignee(Assignee value) {
        return new LeadFilter(stages, sourceIds, states, programs, purposes, creditBands, value, receivedFrom,
                receivedTo, search);
    }

    public LeadFilter withReceived(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new LeadFilter(stages, sourceIds, states, programs, purposes, creditBands, assignee, from, to, search);
    }

    public LeadFilter withSearch(String value) {
        return new LeadFilter(stages, sourceIds, states, programs, purposes, creditBands, assignee, receivedFrom,
                receivedTo, value);
    }

    /**
     * The filter in words, for the export log ("Stage: New, Contacted; State: CA; search "lee""). Source and loan
     * officer ids are given as ids: the log must not change meaning when a source is renamed.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!stages.isEmpty()) {
            parts.add("stage " + stages.stream().sorted().map(Stage::label).collect(Collectors.joining(", ")));
        }
        if (!sourceIds.isEmpty()) {
            parts.add("source #" + sourceIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", #")));
        }
        if (!states.isEmpty()) {
            parts.add("state " + states.stream().sorted().collect(Collectors.joining(", ")));
        }
        if (!programs.isEmpty()) {
            parts.add("program " + programs.stream().sorted().map(LoanProgram::label)
                    .collect(Collectors.joining(", ")));
        }
        if (!purposes.isEmpty()) {
            parts.add("purpose " + purposes.stream().sorted().map(LoanPurpose::label)
                    .collect(Collectors.joining(", ")));
        }
        if (!creditBands.isEmpty()) {
            parts.add("credit " + creditBands.stream().sorted().map(CreditBand::label)
                    .collect(Collectors.joining(", ")));
        }
        switch (assignee.kind()) {
            case ANY -> { }
            case LOAN_OFFICER -> parts.add("assigned to user #" + assignee.loanOfficerId());
            case UNASSIGNED -> parts.add("unassigned");
            case UNASSIGNABLE -> parts.add("unassignable (no licensed loan officer)");
        }
        if (receivedFrom != null || receivedTo != null) {
            parts.add("received " + (receivedFrom == null ? "any time" : receivedFrom) + " to "
                    + (receivedTo == null ? "today" : receivedTo) + " (UTC)");
        }
        if (!search.isEmpty()) {
            parts.add("search \"" + search + "\"");
        }
        return parts.isEmpty() ? "all leads" : String.join("; ", parts);
    }

    /** Whose leads: anyone's, one loan officer's, nobody's yet, or those no licensed loan officer could take. */
    public record Assignee(Kind kind, @Nullable Long loanOfficerId) {

        public enum Kind { ANY, LOAN_OFFICER, UNASSIGNED, UNASSIGNABLE }

        public static Assignee any() {
            return new Assignee(Kind.ANY, null);
        }

        public static Assignee loanOfficer(long userId) {
            return new Assignee(Kind.LOAN_OFFICER, userId);
        }

        public static Assignee unassigned() {
            return new Assignee(Kind.UNASSIGNED, null);
        }

        public static Assignee unassignable() {
            return new Assignee(Kind.UNASSIGNABLE, null);
        }
    }
}
