package org.w3id.treatygraph.importer;

import java.util.List;

/** A depositary status record that cannot be read: every problem found, each naming where it is. */
public class DepositaryRecordException extends RuntimeException {
    private final transient List<String> problems;

    public DepositaryRecordException(String record, List<String> problems) {
        super(record + " cannot be imported:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
