package org.w3id.treatygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.w3id.treatygraph.TestProject;
import org.w3id.treatygraph.store.DataLoader;
import org.w3id.treatygraph.store.TreatyStore;

/**
 * Prints how long rebuilding the search index and answering searches take on the curated dataset (in memory),
 * as medians after a warm-up. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.w3id.treatygraph.search.SearchTiming}
 * after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}.
 */
public final class SearchTiming {
    private static final int WARM_UP = 10;
    private static final int RUNS = 21;

    private SearchTiming() {}

    public static void main(String[] args) {
        try (TreatyStore store = TreatyStore.inMemory()) {
            DataLoader.ensureLoaded(store, TestProject.files(), false);
            try (SearchIndex index = SearchIndex.inMemory(store.datasetGraph())) {
                System.out.printf("first build: %d texts in %d ms%n", index.rebuild().documents(), index.lastBuild().millis());
                System.out.printf("rebuild: median %d ms%n", median(() -> index.rebuild().millis()));
                Search search = new Search(store.datasetGraph(), index);
                for (String query : List.of("intimate", "traffic data", "mutual legal assistance", "Viet Nam", "confisc*")) {
                    long micros = median(() -> {
                        long start = System.nanoTime();
                        search.run(query, Set.of(), 50);
                        return (System.nanoTime() - start) / 1000;
                    });
                    System.out.printf("search %-26s median %.1f ms, %d results%n", "\"" + query + "\":", micros / 1000.0,
                            search.run(query, Set.of(), 50).results().size());
                }
            }
        }
    }

    private static long median(LongSupplier run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.getAsLong();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(run.getAsLong());
        }
        times.sort(null);
        return times.get(RUNS / 2);
    }
}
