package com.porchlight.rate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL on {@code market_rate}. Insert and read only: the table is append-only. Ties on the effective time go to
 * the later entry (the higher id), so a correction entered for the same moment wins.
 */
@Repository
class MarketRateRepository {

    static final String COLUMNS = "id, product, rate, apr, effective_at, credit_score, ltv, points, note, entered_by,"
            + " entered_at";

    private final JdbcTemplate jdbc;

    MarketRateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(MarketRate r) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO market_rate (product, rate, apr, effective_at, credit_score, ltv,"
                    + " points, note, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, r.product().name());
            ps.setBigDecimal(2, r.rate());
            ps.setBigDecimal(3, r.apr());
            ps.setObject(4, utc(r.effectiveAt()));
            ps.setInt(5, r.creditScore());
            ps.setBigDecimal(6, r.ltv());
            ps.setBigDecimal(7, r.points());
            ps.setString(8, r.note());
            ps.setString(9, r.enteredBy());
            ps.setObject(10, utc(r.enteredAt()));
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The entry of the product in force at {@code at}: its latest one effective at or before it. */
    Optional<MarketRate> inForce(RateProduct product, Instant at) {
        return jdbc.query("SELECT " + COLUMNS + " FROM market_rate WHERE product = ? AND effective_at <= ?"
                + " ORDER BY effective_at DESC, id DESC LIMIT 1", (rs, n) -> row(rs), product.name(), utc(at))
                .stream().findFirst();
    }

    /** Every product's entry in force at {@code at}, in one statement of one index seek per product. */
    List<MarketRate> allInForce(Instant at) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (RateProduct product : RateProduct.values()) {
            parts.add("(SELECT " + COLUMNS + " FROM market_rate WHERE product = ? AND effective_at <= ?"
                    + " ORDER BY effective_at DESC, id DESC LIMIT 1)");
            params.add(product.name());
            params.add(utc(at));
        }
        return jdbc.query(String.join(" UNION ALL ", parts), (rs, n) -> row(rs), params.toArray());
    }

    /** Entries effective in [from, to], oldest first. */
    List<MarketRate> between(RateProduct product, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM market_rate WHERE product = ? AND effective_at >= ?"
                + " AND effective_at <= ? ORDER BY effective_at, id", (rs, n) -> row(rs), product.name(), utc(from),
                utc(to));
    }

    /** Newest effective time first, scheduled entries included. */
    List<MarketRate> page(@Nullable RateProduct product, int offset, int limit) {
        String where = product == null ? "" : " WHERE product = ?";
        List<Object> params = new ArrayList<>();
        if (product != null) {
            params.add(product.name());
        }
        params.add(limit);
        params.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM market_rate" + where
                + " ORDER BY effective_at DESC, id DESC LIMIT ? OFFSET ?", (rs, n) -> row(rs), params.toArray());
    }

    long count(@Nullable RateProduct product) {
        Long n = product == null ? jdbc.queryForObject("SELECT COUNT(*) FROM market_rate", Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM market_rate WHERE product = ?", Long.class,
                        product.name());
        return n == null ? 0 : n;
    }

    static MarketRate row(ResultSet rs) throws SQLException {
        return new MarketRate(rs.getLong("id"), RateProduct.valueOf(rs.getString("product")),
                rs.getBigDecimal("rate"), rs.getBigDecimal("apr"), instant(rs, "effective_at"),
                rs.getInt("credit_score"), rs.getBigDecimal("ltv"), rs.getBigDecimal("points"),
                rs.getString("note"), rs.getString("entered_by"), instant(rs, "entered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
