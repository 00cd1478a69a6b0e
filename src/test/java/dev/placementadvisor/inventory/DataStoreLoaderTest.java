package dev.placementadvisor.inventory;

import static dev.placementadvisor.testing.BadInput.assertLocated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.placementadvisor.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's {@code dataStore}: the type alone or a mapping with the sizing a relational store's
 * price needs, each field with its default; bad values give exit 2 and one located line.
 */
class DataStoreLoaderTest {
  @TempDir Path tmp;

  private static String fixture(String name) {
    return Fixtures.path(name).toString();
  }

  private static Inventory forms() throws IOException {
    Path p = Fixtures.path("datastore-forms.yaml");
    return InventoryLoader.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
  }

  @Test
  void theScalarFormNamesTheTypeAndLeavesEverythingElseToTheDefaults() throws IOException {
    Inventory inv = forms();

    assertThat(inv.service("orders").dataStore())
        .isEqualTo(DataStore.of(DataStore.Type.RELATIONAL));
    assertThat(inv.service("orders").dataStore().storageGb()).isNull();
    assertThat(inv.service("orders").dataStore().minAcu()).isZero();
    assertThat(inv.service("orders").dataStore().maxAcu()).isEqualTo(256);
    assertThat(inv.service("orders").dataStore().autoPauseSeconds()).isNull();
    assertThat(inv.service("orders").dataStore().storageType())
        .isEqualTo(DataStore.StorageType.STANDARD);
    assertThat(inv.service("sessions").dataStore().type()).isEqualTo(DataStore.Type.KEY_VALUE);
    assertThat(inv.service("catalog-cache").dataStore().type()).isEqualTo(DataStore.Type.CACHE);
    assertThat(inv.service("thumbnails").dataStore()).isEqualTo(DataStore.NONE);
    assertThat(inv.service("reports").dataStore())
        .isEqualTo(DataStore.of(DataStore.Type.KEY_VALUE));
  }

  @Test
  void aServiceThatSaysNothingKeepsNoStore() throws IOException {
    Service s = forms().service("webhooks");

    assertThat(s.dataStore()).isEqualTo(DataStore.NONE);
    assertThat(s.dataStore().present()).isFalse();
  }

  @Test
  void theMappingFormTakesEverySizingField() throws IOException {
    DataStore d = forms().service("ledger").dataStore();

    assertThat(d)
        .isEqualTo(
            new DataStore(
                DataStore.Type.RELATIONAL,
                20.0,
                0,
                4,
                600,
                DataStore.StorageType.IO_OPTIMIZED,
                3.0,
                250.0));
  }

  @Test
  void theSplitRouteReadsTheSameStores() throws IOException {
    Path p = Fixtures.path("datastore-forms.yaml");
    String text = Files.readString(p, StandardCharsets.UTF_8);

    Inventory whole = InventoryLoader.parse(text, p.toString());
    Inventory split = InventoryLoader.parseSplit(text, p.toString(), 3);

    assertThat(split.services().stream().map(Service::dataStore).toList())
        .isEqualTo(whole.services().stream().map(Service::dataStore).toList());
  }

  @Test
  void aServiceBuiltWithTheEarlierConstructorsKeepsNoStore() throws IOException {
    Service s = forms().service("orders");
    Service earlier =
        new Service(
            s.name(),
            s.location(),
            s.traffic(),
            s.runtime(),
            s.avgDurationMs(),
            s.memoryMb(),
            s.workload(),
            s.stateful(),
            s.persistentConnections(),
            s.gpu(),
            s.maxDurationSeconds(),
            s.coldStartSensitive(),
            s.customNetworking(),
            s.onPremises(),
            s.apiGateway(),
            s.vpcEgress(),
            s.logsGbPerMonth(),
            s.compliance(),
            s.architecture(),
            s.cpuMsPerRequest(),
            s.cpuMsPerRequestGiven(),
            s.platforms(),
            null,
            null,
            null,
            null,
            null);

    assertThat(earlier.dataStore()).isEqualTo(DataStore.NONE);
  }

  @Test
  void anUnknownTypeSuggestsTheNearestAndListsThemAll() {
    String message = assertLocated(tmp, fixture("datastore-unknown-type.yaml"), 5, 16);

    assertThat(message)
        .isEqualTo(
            "'dataStore' must be one of none, key-value, cache, relational, got"
                + " text 'relatinal' (did you mean 'relational'?)");
  }

  @Test
  void anUnknownKeyOfTheMappingSuggestsTheNearest() {
    String message = assertLocated(tmp, fixture("datastore-unknown-key.yaml"), 7, 7);

    assertThat(message)
        .isEqualTo(
            "unknown key 'storageGB' in the dataStore of service 'orders' (did you mean"
                + " 'storageGb'?)");
  }

  @Test
  void theMappingNeedsItsType() {
    String message = assertLocated(tmp, fixture("datastore-missing-type.yaml"), 5, 16);

    assertThat(message)
        .isEqualTo("missing required key 'type' in the dataStore of service 'orders'");
  }

  @Test
  void aListIsNeitherForm() {
    String message = assertLocated(tmp, fixture("datastore-list.yaml"), 5, 16);

    assertThat(message)
        .isEqualTo(
            "'dataStore' in service 'orders' must be a type (none, key-value, cache, relational) or"
                + " a mapping such as {type: relational, storageGb: 20}, got a list");
  }

  @Test
  void capacityComesInHalfUnits() {
    String message = assertLocated(tmp, fixture("datastore-acu-step.yaml"), 5, 43);

    assertThat(message)
        .isEqualTo(
            "'minAcu' in the dataStore of service 'orders' must be a whole or half number"
                + " of ACUs (0.5, 1, 1.5, ...), got 0.25");
  }

  @Test
  void capacityStaysWithinAuroras256Units() {
    String message = assertLocated(tmp, fixture("datastore-acu-range.yaml"), 5, 43);

    assertThat(message).isEqualTo("'maxAcu' must be from 0.5 to 256, got 512");
  }

  @Test
  void theMostCapacityIsAtLeastTheLeast() {
    String message = assertLocated(tmp, fixture("datastore-max-below-min.yaml"), 8, 15);

    assertThat(message)
        .isEqualTo("'maxAcu' (2) is less than 'minAcu' (4) in the dataStore of service 'orders'");
  }

  @Test
  void onlyADatabaseOfZeroLeastCapacityPauses() {
    String message = assertLocated(tmp, fixture("datastore-pause-without-zero.yaml"), 8, 25);

    assertThat(message)
        .isEqualTo(
            "'autoPauseSeconds' in the dataStore of service 'orders' needs 'minAcu' 0:"
                + " only a database whose least capacity is 0 ACU pauses");
  }

  @Test
  void thePauseDelayIsFiveMinutesToADay() {
    String message = assertLocated(tmp, fixture("datastore-pause-too-short.yaml"), 5, 53);

    assertThat(message).isEqualTo("'autoPauseSeconds' must be from 300 to 86,400, got 60");
  }

  @Test
  void aStoreTakesOnlyTheSizingOfItsKind() {
    String message = assertLocated(tmp, fixture("datastore-sizing-key-value.yaml"), 7, 7);

    assertThat(message)
        .isEqualTo(
            "'minAcu' in the dataStore of service 'sessions' does not size a key-value"
                + " store; it takes type, storageGb, readsPerRequest, writesPerRequest, itemKb");
  }

  @Test
  void anUnknownStorageTypeSuggestsTheNearest() {
    String message = assertLocated(tmp, fixture("datastore-storage-type.yaml"), 5, 48);

    assertThat(message)
        .isEqualTo(
            "'storageType' must be one of standard, io-optimized, got text 'io-optimised'"
                + " (did you mean 'io-optimized'?)");
  }
}
