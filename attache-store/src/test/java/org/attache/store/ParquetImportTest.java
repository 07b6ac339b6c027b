package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.io.EventJson;
import org.attache.model.Attribution;
import org.attache.model.SourcingProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the Parquet load that need no Spark output (SparkCodeIT loads real tables). */
class ParquetImportTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryWithoutTheTablesIsRefusedWithTheFix() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            assertThatThrownBy(() -> ParquetImport.load(store, dir.resolve("nothing"), false, l -> { }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("no articles table in")
                    .hasMessageContaining("--out directory of `attache spark-code`");
        }
    }

    @Test
    void tablesWithoutFilesLoadNothing() throws Exception {
        for (String t : List.of("articles", "sentences", "mentions")) {
            Files.createDirectories(dir.resolve("out").resolve(t));
        }
        Files.writeString(dir.resolve("out/articles/_SUCCESS"), "");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            ParquetImport.Summary s = ParquetImport.load(store, dir.resolve("out"), false, l -> { });
            assertThat(s.articles()).isZero();
            assertThat(store.counts().articles()).isZero();
        }
    }

    @Test
    void sourcingProfilesComeBackFromTheirJson() {
        SourcingProfile p = SourcingProfile.of("a1", List.of(new Attribution("a senior official", "anonymous"),
                new Attribution("the ministry", "organization"), new Attribution("Ms Khan", "named-person")), List.of());
        String json = EventJson.sourcing(p).get("sourcing").toString();
        SourcingProfile back = ParquetImport.sourcing("a1", json);
        assertThat(back).isEqualTo(p);
        assertThat(EventJson.sourcing(back).get("sourcing").toString()).isEqualTo(json);
        assertThat(ParquetImport.sourcing("a1", null)).isNull();
        assertThatThrownBy(() -> ParquetImport.sourcing("a1", "{not json"))
                .isInstanceOf(StoreException.class).hasMessageContaining("article a1");
    }
}
