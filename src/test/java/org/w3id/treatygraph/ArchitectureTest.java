package org.w3id.treatygraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package structure as the architecture describes it, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.w3id.treatygraph");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.w3id.treatygraph.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theSharedHttpPackageDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.w3id.treatygraph.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.w3id.treatygraph.linkeddata..", "org.w3id.treatygraph.web..", "org.w3id.treatygraph.write..", "org.w3id.treatygraph.server..",
                        "org.w3id.treatygraph.cli..")
                .check(MAIN);
    }

    @Test
    void linkedDataKnowsNothingOfPages() {
        noClasses().that().resideInAPackage("org.w3id.treatygraph.linkeddata..")
                .should().dependOnClassesThat().resideInAnyPackage("org.w3id.treatygraph.web..", "org.w3id.treatygraph.server..", "org.w3id.treatygraph.write..")
                .check(MAIN);
    }

    @Test
    void theSharedPackagesKnowNothingOfTheStatusRules() {
        noClasses().that().resideInAnyPackage("org.w3id.treatygraph.http..", "org.w3id.treatygraph.linkeddata..")
                .should().dependOnClassesThat().resideInAPackage("org.w3id.treatygraph.status..")
                .check(MAIN);
    }

    @Test
    void onlyTheServerAndTheCommandLineAssembleTheParts() {
        noClasses().that().resideOutsideOfPackages("org.w3id.treatygraph.server..", "org.w3id.treatygraph.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.w3id.treatygraph.server..")
                .check(MAIN);
    }

    @Test
    void onlyTheServerMountsTheMcpEndpoint() {
        noClasses().that().resideOutsideOfPackages("org.w3id.treatygraph.mcp..", "org.w3id.treatygraph.server..")
                .should().dependOnClassesThat().resideInAPackage("org.w3id.treatygraph.mcp..")
                .check(MAIN);
    }

    @Test
    void theMcpToolsReadTheStoreAsThePagesDoWithoutThePages() {
        noClasses().that().resideInAPackage("org.w3id.treatygraph.mcp..")
                .should().dependOnClassesThat().resideInAnyPackage("org.w3id.treatygraph.web..", "org.w3id.treatygraph.write..",
                        "org.w3id.treatygraph.cli..", "org.w3id.treatygraph.server..")
                .check(MAIN);
    }

    @Test
    void theReadingViewsKnowNoPagesNorTools() {
        noClasses().that().resideInAPackage("org.w3id.treatygraph.reading..")
                .should().dependOnClassesThat().resideInAnyPackage("org.w3id.treatygraph.web..", "org.w3id.treatygraph.mcp..",
                        "org.w3id.treatygraph.server..")
                .check(MAIN);
    }
}
