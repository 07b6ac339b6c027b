package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.attache.model.Actor;
import org.attache.model.Event;

/** One row of the mentions table: the parameters of a multi-row INSERT, in the table's column order. */
final class MentionRows {
    /** Columns of the mentions table. */
    static final int COLUMNS = 31;

    private MentionRows() {
    }

    /** Sets one mention's columns from parameter {@code i} on; returns the next parameter index. */
    static int set(PreparedStatement ps, int i, long eventId, String articleKey, int index, Event e)
            throws SQLException {
        ps.setLong(i++, eventId);
        ps.setString(i++, articleKey);
        ps.setInt(i++, e.sentenceIndex());
        ps.setInt(i++, index);
        i = setActor(ps, i, e.source());
        i = setActor(ps, i, e.target());
        ps.setString(i++, e.code());
        ps.setString(i++, e.trigger().text());
        ps.setInt(i++, e.trigger().start());
        ps.setInt(i++, e.trigger().end());
        setDate(ps, i++, e.date());
        ps.setString(i++, e.dateBasis());
        ps.setString(i++, e.status().label());
        ps.setString(i++, e.attribution() == null ? null : e.attribution().text());
        ps.setString(i++, e.attribution() == null ? null : e.attribution().kind());
        ps.setString(i++, e.place() == null ? null : e.place().name());
        ps.setString(i++, e.place() == null ? null : e.place().country());
        setDouble(ps, i++, e.place() == null ? null : e.place().lat());
        setDouble(ps, i++, e.place() == null ? null : e.place().lon());
        ps.setString(i++, e.place() == null ? null : e.place().basis());
        ps.setString(i++, String.join("|", e.issues()));
        return i;
    }

    private static int setActor(PreparedStatement ps, int i, Actor a) throws SQLException {
        ps.setString(i++, code(a));
        if (a == null || a.span() == null) {
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setString(i++, a.span().text());
            ps.setInt(i++, a.span().start());
            ps.setInt(i++, a.span().end());
        }
        if (a == null) {
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setString(i++, a.basis());
            ps.setBoolean(i++, a.inferred());
        }
        return i;
    }

    private static String code(Actor a) {
        return a == null ? "" : a.code().code();
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, java.sql.Date.valueOf(d));
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, d);
        }
    }
}
