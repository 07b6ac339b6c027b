package org.attache.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.attache.io.EventJson;
import org.attache.io.EventTable;
import org.attache.model.Attribution;
import org.attache.model.Event;
import org.attache.model.SourcingProfile;
import org.attache.ontology.CameoOntology;

/** Prints events in the chosen format. */
final class Output {
    enum Format { JSONL, TSV, TABLE }

    private final Format format;
    private final PrintStream out;
    private final EventJson json;
    private boolean headerDone;

    Output(String format, PrintStream out, CameoOntology ontology) {
        try {
            this.format = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + format + "': use jsonl, tsv or table");
        }
        this.out = out;
        this.json = new EventJson(ontology);
    }

    /** JSON Lines only: the article's sourcing line after its events; the other formats stay event-only. */
    void sourcing(SourcingProfile p) {
        if (format == Format.JSONL) {
            out.println(EventJson.sourcingLine(p));
        }
    }

    /** JSON Lines only: one line per attribution found in the article, whether or not an event rests on it. */
    void attributions(String articleId, List<Attribution> attributions) {
        if (format == Format.JSONL) {
            attributions.forEach(a -> out.println(EventJson.attributionLine(articleId, a)));
        }
    }

    /** After the last event: a TSV output with no events still gets its header line, so readers see the columns. */
    void finish() {
        if (!headerDone && format == Format.TSV) {
            headerDone = true;
            EventTable.tsvHeader(out);
        }
        out.flush();
    }

    void event(Event e) {
        if (!headerDone) {
            headerDone = true;
            if (format == Format.TSV) {
                EventTable.tsvHeader(out);
            } else if (format == Format.TABLE) {
                EventTable.tableHeader(out);
            }
        }
        switch (format) {
            case JSONL -> out.println(json.line(e));
            case TSV -> EventTable.tsv(out, e);
            case TABLE -> EventTable.table(out, e);
            default -> throw new IllegalStateException();
        }
    }
}
