package org.w3id.treatygraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * The next storage folder of a TDB2 database on disk and the switch of the live database to it, as TDB2's own
 * compaction does it: a database folder holds its storage in {@code Data-NNNN} and opens the highest number; the
 * new storage is built as {@code Data-NNNN-tmp} (which TDB2 deletes when it opens a database, so an interrupted
 * load leaves nothing behind) and renamed to the next number when it is complete. Unlike the compaction, the switch
 * waits until no transaction is active on the database (its exclusive mode, a moment): a reader that began on the
 * old storage must not end on the new one.
 */
final class StorageSwitch {
    private static final String PREFIX = "Data-";

    private final DatasetGraphSwitchable database;
    private final DatasetGraphTDB current;
    private final Path next;
    private final Location building;

    private StorageSwitch(DatasetGraphSwitchable database, DatasetGraphTDB current, Path next) {
        this.database = database;
        this.current = current;
        this.next = next;
        this.building = Location.create(next.resolveSibling(next.getFileName() + "-tmp"));
    }

    /** The storage after the one {@code database} uses now. */
    static StorageSwitch after(DatasetGraphSwitchable database) {
        DatasetGraphTDB current = (DatasetGraphTDB) database.get();
        Path now = Path.of(current.getLocation().getDirectoryPath());
        int number = Integer.parseInt(now.getFileName().toString().substring(PREFIX.length()));
        return new StorageSwitch(database, current, now.resolveSibling(String.format("%s%04d", PREFIX, number + 1)));
    }

    /** Creates the new storage, empty (a leftover of a failed build in this process is deleted first). */
    DatasetGraphTDB create() {
        deleteTree(Path.of(building.getDirectoryPath()));
        try {
            Files.createDirectories(Path.of(building.getDirectoryPath()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + building.getDirectoryPath(), e);
        }
        return StoreConnection.connectCreate(building, null, current.getReorderTransform()).getDatasetGraphTDB();
    }

    /**
     * Makes the new storage (complete and committed, no transaction open on it) the database's: on disk by the
     * rename, which is atomic, then in this process; the old storage is closed and deleted.
     */
    void switchTo() {
        StoreConnection.release(building);
        try {
            Files.move(Path.of(building.getDirectoryPath()), next, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rename the new storage to " + next, e);
        }
        // The new storage joins BGPs as the old one did (the store's statistics), not in TDB2's default order.
        DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(next), null, current.getReorderTransform())
                .getDatasetGraphTDB();
        TransactionCoordinator from = current.getTxnSystem().getTxnMgr();
        TransactionCoordinator to = fresh.getTxnSystem().getTxnMgr();
        database.execExclusive(() -> {
            to.takeOverFrom(from);
            to.modifyConfigDirect(() -> from.listExternals().forEach(to::addExternal));
            database.change(current, fresh);
        });
        StoreConnection.release(current.getLocation());
        deleteTree(Path.of(current.getLocation().getDirectoryPath()));
    }

    /** Closes and deletes the new storage: the database keeps the storage it has. */
    void discard() {
        StoreConnection.internalExpel(building, true);
        deleteTree(Path.of(building.getDirectoryPath()));
    }

    private static void deleteTree(Path root) {
        if (Files.exists(root)) {
            IO.deleteAll(root);
        }
    }
}
