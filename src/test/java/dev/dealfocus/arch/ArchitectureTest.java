package dev.dealfocus.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule: the core is plain Java with no package cycles; the ports know nothing of the use
 * cases; adapters never lean on each other; the API and the store keep their own shapes.
 */
@AnalyzeClasses(packages = "dev.dealfocus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoFrameworkImports = noClasses().that().resideInAPackage("dev.dealfocus.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax..",
                    "com.fasterxml..", "java.sql..", "org.hibernate..", "org.flywaydb..", "io.smallrye..",
                    "org.eclipse.microprofile..", "io.vertx..", "org.jboss..");

    @ArchTest
    static final ArchRule coreDependsOnNothingOutsideItself = noClasses().that().resideInAPackage("dev.dealfocus.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.dealfocus.crm..", "dev.dealfocus.store..",
                    "dev.dealfocus.api..", "dev.dealfocus.webhook..", "dev.dealfocus.schedule..", "dev.dealfocus.config..");

    @ArchTest
    static final ArchRule coreReadsTimeOnlyThroughAClock = noClasses().that().resideInAPackage("dev.dealfocus.core..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.lang.System.class, "currentTimeMillis");

    @ArchTest
    static final ArchRule hubspotAdapterIsIndependent = noClasses().that().resideInAPackage("dev.dealfocus.crm.hubspot..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.dealfocus.crm.salesforce..", "dev.dealfocus.crm.demo..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule salesforceAdapterIsIndependent = noClasses().that().resideInAPackage("dev.dealfocus.crm.salesforce..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.dealfocus.crm.hubspot..", "dev.dealfocus.crm.demo..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule demoAdapterIsIndependent = noClasses().that().resideInAPackage("dev.dealfocus.crm.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.dealfocus.crm.hubspot..", "dev.dealfocus.crm.salesforce..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("dev.dealfocus.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicePackagesAreFreeOfCycles = slices().matching("dev.dealfocus.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule portsKnowNothingOfTheUseCases = noClasses().that().resideInAPackage("dev.dealfocus.core.port..")
            .should().dependOnClassesThat().resideInAPackage("dev.dealfocus.core.sync..");

    @ArchTest
    static final ArchRule apiUsesNoStoreClasses = noClasses().that().resideInAPackage("dev.dealfocus.api..")
            .should().dependOnClassesThat().resideInAPackage("dev.dealfocus.store..");

    @ArchTest
    static final ArchRule storeUsesNoApiClasses = noClasses().that().resideInAPackage("dev.dealfocus.store..")
            .should().dependOnClassesThat().resideInAPackage("dev.dealfocus.api..");
}
