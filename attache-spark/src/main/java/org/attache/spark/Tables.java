package org.attache.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's rows and of the Parquet tables it writes (documented in the README,
 * "Running on Spark"). A mention is the JSON Lines event of {@code attache code}, field for
 * field and with the same names and nesting, plus its position and event id.
 */
public final class Tables {
    /** The tables under {@code --out}. */
    public static final List<String> NAMES = List.of("articles", "sentences", "mentions", "events", "errors");

    static final StructType SPAN = struct(f("text", StringType), f("start", IntegerType), f("end", IntegerType));

    static final StructType ACTOR = struct(f("code", StringType), f("country", StringType),
            f("sectors", DataTypes.createArrayType(StringType, false)), f("text", StringType), f("start", IntegerType),
            f("end", IntegerType), f("basis", StringType), f("inferred", BooleanType));

    static final StructType ATTRIBUTION = struct(f("text", StringType), f("kind", StringType), f("cue", StringType),
            f("actor", StringType), f("channel", StringType), f("mode", StringType), f("name", StringType),
            f("role", StringType), f("source", SPAN), f("cue_span", SPAN),
            f("content", DataTypes.createArrayType(SPAN, false)));

    static final StructType PLACE = struct(f("name", StringType), f("country", StringType), f("lat", DoubleType),
            f("lon", DoubleType), f("basis", StringType));

    /** One event mention: the fields of the JSON Lines event, then mention_index, outlet and published. */
    static final StructType MENTION = struct(f("article_id", StringType), f("sentence_index", IntegerType),
            f("sentence", StringType), f("source", ACTOR), f("target", ACTOR), f("code", StringType),
            f("event_name", StringType), f("root", StringType), f("quad_class", IntegerType),
            f("goldstein", DoubleType), f("plover", struct(f("event", StringType), f("mode", StringType))),
            f("trigger", SPAN), f("date", DateType), f("date_basis", StringType), f("status", StringType),
            f("embedded_code", StringType), f("place", PLACE), f("issues", DataTypes.createArrayType(StringType, false)), f("attribution", ATTRIBUTION),
            f("mention_index", IntegerType), f("outlet", StringType), f("published", DateType));

    static final StructType SENTENCE = struct(f("sentence_index", IntegerType), f("begin_offset", IntegerType),
            f("end_offset", IntegerType), f("text", StringType));

    /** An article read from the input, or a problem reading it (article_id null, problem set). */
    static final StructType ARTICLE_IN = struct(f("article_id", StringType), f("published", DateType),
            f("outlet", StringType), f("url", StringType), f("title", StringType), f("text", StringType),
            f("file", StringType), f("line", IntegerType), f("problem", StringType));

    /** One coded article (or one error): the article's columns, its sentences and mentions. */
    static final StructType CODED = struct(f("article_id", StringType), f("published", DateType),
            f("outlet", StringType), f("url", StringType), f("title", StringType), f("text", StringType),
            f("file", StringType), f("line", IntegerType), f("num_sentences", IntegerType),
            f("num_mentions", IntegerType), f("sourcing", StringType), f("error_stage", StringType),
            f("error", StringType), f("sentences", DataTypes.createArrayType(SENTENCE, false)),
            f("mentions", DataTypes.createArrayType(MENTION, false)));

    /** A mention's event: which deduplicated event (by id and date) the mention dated {@code date} joins. */
    static final StructType EVENT_DAY = struct(f("source_code", StringType), f("target_code", StringType),
            f("code", StringType), f("status", StringType), f("date", DateType), f("event_id", LongType),
            f("event_date", DateType));

    private Tables() {
    }

    static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static StructType struct(StructField... fields) {
        return DataTypes.createStructType(Arrays.asList(fields));
    }
}
