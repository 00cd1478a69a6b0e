package dev.placementadvisor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.placementadvisor.inventory.Compliance;
import dev.placementadvisor.inventory.Placement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** EnumBits behaves as an unmodifiable EnumSet with the same elements. */
class EnumBitsTest {

  @Test
  void everySubsetIsItsEnumSet() {
    Compliance[] all = Compliance.values();
    for (int bits = 0; bits < 1 << all.length; bits++) {
      EnumSet<Compliance> expected = EnumSet.noneOf(Compliance.class);
      List<Compliance> shuffled = new ArrayList<>();
      for (int i = all.length - 1; i >= 0; i--) {
        if ((bits & 1 << i) != 0) {
          expected.add(all[i]);
          shuffled.add(all[i]);
        }
      }
      Set<Compliance> actual = EnumBits.of(new HashSet<>(shuffled), Compliance.class);
      assertThat(new ArrayList<>(actual)).containsExactlyElementsOf(expected);
      assertThat(actual).isEqualTo(expected);
      assertThat(expected).isEqualTo(actual);
      assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
      assertThat(actual.size()).isEqualTo(expected.size());
      assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
      assertThat(actual.toString()).isEqualTo(expected.toString());
      assertThat(actual.stream().toList()).containsExactlyElementsOf(expected);
      for (Compliance c : all) {
        assertThat(actual.contains(c)).isEqualTo(expected.contains(c));
      }
      assertThat(actual.contains(Placement.SERVERLESS)).isFalse();
      assertThat(actual.contains(null)).isFalse();
      assertThat(EnumBits.of(actual, Compliance.class)).isSameAs(actual);
      assertThat(actual.containsAll(EnumBits.of(Set.of(), Compliance.class))).isTrue();
      assertThat(EnumBits.of(Set.copyOf(expected), Compliance.class).containsAll(actual)).isTrue();
    }
  }

  @Test
  void itCannotChange() {
    Set<Placement> s =
        EnumBits.of(EnumSet.of(Placement.SERVERLESS, Placement.HYBRID), Placement.class);
    assertThatThrownBy(() -> s.add(Placement.KUBERNETES))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.remove(Placement.HYBRID))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(s::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.removeIf(p -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> {
              var i = s.iterator();
              i.next();
              i.remove();
            })
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(s).containsExactly(Placement.SERVERLESS, Placement.HYBRID);
  }
}
