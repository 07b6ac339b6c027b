package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.attache.model.EventType;
import org.attache.ontology.CameoOntology;
import org.attache.ontology.PloverMapping;

/**
 * Rewrites the store's reference tables from the built-in data at every read-write open: event
 * types with their PLOVER mapping, country names, people's canonical names, and the canonical
 * names of the stored actor codes (so a dictionary change renames them).
 */
final class StoreReference {
    private StoreReference() {
    }

    static void refresh(Connection conn) throws SQLException {
        CameoOntology ontology = CameoOntology.builtIn();
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM event_types");
            st.execute("DELETE FROM countries");
            st.execute("DELETE FROM person_names");
        }
        ReferenceTables ref = ReferenceTables.builtIn();
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO person_names VALUES (?,?,?,?,?)")) {
            for (ReferenceTables.Person p : ref.people) {
                ps.setString(1, p.alias());
                ps.setString(2, p.code());
                ps.setString(3, p.name());
                setDate(ps, 4, p.from());
                setDate(ps, 5, p.to());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // actors.name is the dictionary's canonical name of the code (renamed when the dictionary changes)
        Map<String, String> names = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT code, name FROM actors")) {
            while (rs.next()) {
                String n = ref.actorName(rs.getString(1));
                if (!n.equals(rs.getString(2))) {
                    names.put(rs.getString(1), n);
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("UPDATE actors SET name = ? WHERE code = ?")) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setString(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO event_types VALUES (?,?,?,?,?,?)")) {
            for (EventType t : ontology.all()) {
                PloverMapping pm = Plover.mapping(ontology, t.code());
                ps.setString(1, t.code());
                ps.setString(2, t.name());
                ps.setDouble(3, t.goldstein());
                ps.setInt(4, t.quadClass());
                ps.setString(5, pm == null ? null : pm.event());
                ps.setString(6, pm == null ? null : pm.mode());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO countries VALUES (?,?)")) {
            for (Map.Entry<String, String> c : Countries.names().entrySet()) {
                ps.setString(1, c.getKey());
                ps.setString(2, c.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDate(PreparedStatement ps, int i, java.time.LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, java.sql.Date.valueOf(d));
        }
    }
}
