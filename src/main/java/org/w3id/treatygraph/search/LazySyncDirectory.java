package org.w3id.treatygraph.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * A Lucene directory whose commits reach the disk only when asked: a commit writes its files (readers opened after it
 * see them at once, from the page cache) but skips {@code fsync} unless {@link #durably} runs it, and then the files
 * of the commit (all of them, Lucene names every file a commit references) and the folder are synced. {@link SearchIndex} records the store state an index was
 * built from only in durable commits, so an index that a crash tore is rebuilt, never trusted.
 */
final class LazySyncDirectory extends FilterDirectory {
    private volatile boolean durable;

    LazySyncDirectory(Directory in) {
        super(in);
    }

    /** Runs {@code commit} with its writes synced to the disk. */
    synchronized void durably(IoAction commit) throws IOException {
        durable = true;
        try {
            commit.run();
        } finally {
            durable = false;
        }
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        if (durable) {
            in.sync(names);
        }
    }

    @Override
    public void syncMetaData() throws IOException {
        if (durable) {
            in.syncMetaData();
        }
    }

    /** An action that may fail with an IOException. */
    interface IoAction {
        void run() throws IOException;
    }
}
