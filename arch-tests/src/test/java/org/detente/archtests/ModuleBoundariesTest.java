package org.detente.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage boundaries of docs/ARCHITECTURE.md, checked on the compiled classes of every module. */
class ModuleBoundariesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProject() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.detente");
  }

  @Test
  void onlyTheNlpModuleImportsCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.detente.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(classes);
  }

  @Test
  void stagesDependOnlyOnCore() {
    String[] stages = {"ingest", "nlp", "actors", "coding", "store", "analysis"};
    for (String stage : stages) {
      for (String other : stages) {
        if (!other.equals(stage)) {
          noClasses().that().resideInAPackage("org.detente." + stage + "..")
              .should().dependOnClassesThat().resideInAPackage("org.detente." + other + "..")
              .check(classes);
        }
      }
    }
  }

  @Test
  void nothingButTheBenchmarksDependsOnTheCommandLine() {
    // #6: the JMH benchmarks measure the stages as cli wires them (Engine) and write its SyntheticEvents
    noClasses().that().resideOutsideOfPackages("org.detente.cli..", "org.detente.bench..")
        .should().dependOnClassesThat().resideInAPackage("org.detente.cli..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheBenchmarks() {
    noClasses().that().resideOutsideOfPackage("org.detente.bench..")
        .should().dependOnClassesThat().resideInAPackage("org.detente.bench..")
        .check(classes);
  }

  @Test
  void theWebReadsThroughStoreAndAnalysisOnly() {
    noClasses().that().resideInAPackage("org.detente.web..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.detente.ingest..", "org.detente.nlp..", "org.detente.actors..", "org.detente.coding..",
            "org.detente.cli..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineDependsOnTheWeb() {
    noClasses().that().resideOutsideOfPackages("org.detente.web..", "org.detente.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.detente.web..")
        .check(classes);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("org.detente.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.detente.ingest..", "org.detente.nlp..", "org.detente.actors..", "org.detente.coding..",
            "org.detente.store..", "org.detente.analysis..", "org.detente.web..", "edu.stanford..", "org.duckdb..")
        .check(classes);
  }
}
