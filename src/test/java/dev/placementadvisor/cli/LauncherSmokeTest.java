package dev.placementadvisor.cli;

/**
 * Runs {@link LauncherIT} under surefire, which ignores {@code *IT} classes: skipped unless {@code
 * target/advisor.jar} is present and up to date. Delete this class once the pom runs {@code *IT}
 * classes with maven-failsafe after {@code package}, or LauncherIT will run twice.
 */
class LauncherSmokeTest extends LauncherIT {}
