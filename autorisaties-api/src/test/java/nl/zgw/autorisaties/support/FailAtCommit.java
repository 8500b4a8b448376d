package nl.zgw.autorisaties.support;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the commit of a write fail AFTER its notification was queued: a deferred constraint trigger on
 * {@code zgw_outbox} that refuses the outbox rows of one main object when the transaction commits. A write that
 * kept its notification in another transaction (or queued none) would then leave rows behind.
 */
public final class FailAtCommit implements AutoCloseable {

    private final AgroalDataSource ds;

    private FailAtCommit(AgroalDataSource ds) {
        this.ds = ds;
    }

    /** Until closed, a transaction that queues a notification about {@code hoofdObject} fails at commit. */
    public static FailAtCommit forHoofdObject(AgroalDataSource ds, String hoofdObject) {
        exec(ds, "CREATE OR REPLACE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'test: the commit is refused after the notification was queued'; END $$");
        exec(ds, "CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON zgw_outbox"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.payload->>'hoofdObject' = '"
                + hoofdObject.replace("'", "''") + "') EXECUTE FUNCTION test_fail_at_commit()");
        return new FailAtCommit(ds);
    }

    @Override
    public void close() {
        exec(ds, "DROP TRIGGER IF EXISTS test_fail_at_commit ON zgw_outbox");
    }

    private static void exec(AgroalDataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
