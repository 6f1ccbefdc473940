package com.porchlight.compliance;

import com.porchlight.security.CurrentUser;
import com.porchlight.audit.AuditLog;
import com.porchlight.compliance.engine.AdvertiserProfile;
import com.porchlight.compliance.engine.DisclosureSnippets;
import com.porchlight.compliance.engine.LoanOfficer;
import com.porchlight.compliance.engine.PostalAddress;
import com.porchlight.compliance.engine.StateLicense;
import com.porchlight.security.Roles;
import com.porchlight.security.UserService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advertiser profile every pre-check uses: identity, regulator, licences, disclosures, and the loan officers (users
 * with the loan-officer role and their NMLS IDs). Administrators and compliance officers edit it; every save is audited.
 */
@Service
public class AdvertiserProfileService {

    private static final Pattern NMLS = Pattern.compile("\\d{1,12}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    private final AdvertiserProfileRepository profiles;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;

    AdvertiserProfileService(AdvertiserProfileRepository profiles, UserService users, AuditLog audit, Clock clock) {
        this.profiles = profiles;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profile as the engine sees it. An unsaved profile is simply empty: the checks then say what is missing. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public AdvertiserProfile current() {
        var p = profiles.findById(AdvertiserProfileEntity.ID).orElseGet(AdvertiserProfileEntity::new);
        PostalAddress address = p.street == null || p.city == null || p.state == null || p.postalCode == null
                ? null : new PostalAddress(p.street, p.city, p.state, p.postalCode);
        List<LoanOfficer> officers = users.loanOfficers().stream()
                .map(lo -> new LoanOfficer(lo.name(), lo.nmlsId())).toList();
        return new AdvertiserProfile(p.legalName, splitDbas(p.dbas), p.nmlsId, p.regulatorType, p.fhaApproved,
                p.vaLender, address, licenses(p), officers, new DisclosureSnippets(p.equalHousing, p.canSpamFooter));
    }

    @PreAuthorize(Roles.HAS_ADMIN_OR_COMPLIANCE)
    @Transactional(readOnly = true)
    public ProfileForm edit() {
        return form(profiles.findById(AdvertiserProfileEntity.ID).orElseGet(AdvertiserProfileEntity::new));
    }

    /** Validates and saves the profile; records in the audit trail which fields changed. */
    @PreAuthorize(Roles.HAS_ADMIN_OR_COMPLIANCE)
    @Transactional
    public ProfileForm save(ProfileForm form) {
        ProfileForm clean = validate(form);
        var entity = profiles.findById(AdvertiserProfileEntity.ID).orElse(null);
        boolean created = entity == null || entity.updatedAt == null;
        if (entity == null) {
            entity = new AdvertiserProfileEntity();
        } else if (entity.version != form.version()) {
            throw new ObjectOptimisticLockingFailureException(AdvertiserProfileEntity.class, AdvertiserProfileEntity.ID);
        }
        List<String> changed = changedFields(form(entity), clean);
        if (!created && changed.isEmpty()) {
            return form(entity);
        }
        entity.legalName = clean.legalName();
        entity.dbas = clean.dbas().isEmpty() ? null : String.join("\n", clean.dbas());
        entity.nmlsId = clean.nmlsId();
        entity.regulatorType = clean.regulatorType();
        entity.fhaApproved = clean.fhaApproved();
        entity.vaLender = clean.vaLender();
        entity.street = clean.street();
        entity.city = clean.city();
        entity.state = clean.state();
        entity.postalCode = clean.postalCode();
        entity.equalHousing = clean.equalHousing();
        entity.canSpamFooter = clean.canSpamFooter();
        entity.licenses.clear();
        for (StateLicense l : clean.licenses()) {
            entity.licenses.add(new AdvertiserProfileEntity.License(l.state(), l.type(), l.number(), l.legend()));
        }
        entity.updatedBy = CurrentUser.nameOrSystem();
        entity.updatedAt = clock.instant();
        var saved = profiles.saveAndFlush(entity);
        audit.record("ADVERTISER_PROFILE", "Advertiser profile",
                (created ? "Created. " : "") + "Changed: " + String.join("; ", changed) + ".");
        return form(saved);
    }

    private static ProfileValidationException invalid(String field, String message) {
        return new ProfileValidationException(field, message);
    }

    static ProfileForm validate(ProfileForm f) {
        String nmls = blankToNull(f.nmlsId());
        if (nmls != null && !NMLS.matcher(nmls).matches()) {
            throw invalid("nmlsId", "The NMLS ID is a number of up to 12 digits (e.g. 123456), without \"NMLS #\".");
        }
        String state = upper(blankToNull(f.state()));
        if (state != null && !STATE.matcher(state).matches()) {
            throw invalid("state", "Use the two-letter state code, e.g. CA.");
        }
        String zip = blankToNull(f.postalCode());
        if (zip != null && !ZIP.matcher(zip).matches()) {
            throw invalid("postalCode", "Use a 5-digit ZIP code or ZIP+4 (12345 or 12345-6789).");
        }
        String street = blankToNull(f.street());
        String city = blankToNull(f.city());
        boolean anyAddress = street != null || city != null || state != null || zip != null;
        boolean fullAddress = street != null && city != null && state != null && zip != null;
        if (anyAddress && !fullAddress) {
            throw invalid(street == null ? "street" : city == null ? "city" : state == null ? "state" : "postalCode",
                    "Complete the postal address (street, city, state, ZIP): CAN-SPAM needs a full physical address.");
        }
        requireMax("street", street, 200);
        requireMax("city", city, 100);
        requireMax("equalHousing", blankToNull(f.equalHousing()), 2000);
        requireMax("canSpamFooter", blankToNull(f.canSpamFooter()), 2000);
        List<StateLicense> licenses = new ArrayList<>();
        for (int i = 0; i < f.licenses().size(); i++) {
            StateLicense l = f.licenses().get(i);
            String ls = upper(blankToNull(l.state()));
            String row = "Licence " + (i + 1) + ": ";
            if (ls == null || !STATE.matcher(ls).matches()) {
                throw invalid("licenses", row + "use the two-letter state code, e.g. NY.");
            }
            if (blankToNull(l.type()) == null) {
                throw invalid("licenses", row + "enter the licence type, e.g. \"Licensed Mortgage Banker\".");
            }
            if (blankToNull(l.number()) == null) {
                throw invalid("licenses", row + "enter the licence number.");
            }
            if (l.type().strip().length() > 100 || l.number().strip().length() > 60
                    || (l.legend() != null && l.legend().strip().length() > 500)) {
                throw invalid("licenses", row + "the type can have at most 100 characters, the number 60 and the"
                        + " legend 500.");
            }
            licenses.add(new StateLicense(ls, l.type().strip(), l.number().strip(), blankToNull(l.legend())));
        }
        List<String> dbas = f.dbas().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (String.join("\n", dbas).length() > 2000) {
            throw invalid("dbas", "Too many or too long trade names: at most 2000 characters in all.");
        }
        String legalName = blankToNull(f.legalName());
        if (legalName != null && legalName.length() > 200) {
            throw invalid("legalName", "The legal name can have at most 200 characters.");
        }
        return new ProfileForm(legalName, dbas, nmls, f.regulatorType(), f.fhaApproved(), f.vaLender(), street, city,
                state, zip, blankToNull(f.equalHousing()), blankToNull(f.canSpamFooter()), licenses, f.version(),
                f.updatedBy(), f.updatedAt());
    }

    /** Every changed field with its old and new value, so the audit trail shows what the profile said when. */
    private static List<String> changedFields(ProfileForm before, ProfileForm after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "legal name", before.legalName(), after.legalName());
        compare(changed, "DBAs", String.join("; ", before.dbas()), String.join("; ", after.dbas()));
        compare(changed, "NMLS ID", before.nmlsId(), after.nmlsId());
        compare(changed, "regulator", before.regulatorType(), after.regulatorType());
        compare(changed, "FHA-approved", before.fhaApproved(), after.fhaApproved());
        compare(changed, "VA lender", before.vaLender(), after.vaLender());
        compare(changed, "address", address(before), address(after));
        compare(changed, "Equal Housing statement", before.equalHousing(), after.equalHousing());
        compare(changed, "CAN-SPAM footer", before.canSpamFooter(), after.canSpamFooter());
        compare(changed, "state licences", licences(before.licenses()), licences(after.licenses()));
        return changed;
    }

    private static void compare(List<String> changed, String name, @Nullable Object before, @Nullable Object after) {
        String b = before == null || before.toString().isEmpty() ? "(none)" : before.toString();
        String a = after == null || after.toString().isEmpty() ? "(none)" : after.toString();
        if (!b.equals(a)) {
            changed.add(name + " \"" + b + "\" → \"" + a + "\"");
        }
    }

    private static String address(ProfileForm f) {
        return f.street() == null ? "" : f.street() + ", " + f.city() + ", " + f.state() + " " + f.postalCode();
    }

    private static String licences(List<StateLicense> licenses) {
        return String.join("; ", licenses.stream().map(l -> l.state() + " " + l.type() + " #" + l.number()
                + (l.legend() == null ? "" : " (legend: " + l.legend() + ")")).toList());
    }

    private static ProfileForm form(AdvertiserProfileEntity p) {
        return new ProfileForm(p.legalName, splitDbas(p.dbas), p.nmlsId, p.regulatorType, p.fhaApproved, p.vaLender,
                p.street, p.city, p.state, p.postalCode, p.equalHousing, p.canSpamFooter, licenses(p), p.version,
                p.updatedBy, p.updatedAt);
    }

    private static List<StateLicense> licenses(AdvertiserProfileEntity p) {
        return p.licenses.stream().map(l -> new StateLicense(l.state, l.type, l.number, l.legend)).toList();
    }

    private static List<String> splitDbas(@Nullable String dbas) {
        return dbas == null ? List.of() : Arrays.stream(dbas.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static void requireMax(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw invalid(field, "At most " + max + " characters (this has " + value.length() + ").");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable String upper(@Nullable String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
