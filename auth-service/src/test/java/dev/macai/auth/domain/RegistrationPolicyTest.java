package dev.macai.auth.domain;

import static dev.macai.auth.domain.RegistrationPolicy.Decision.CREATE_ADMIN;
import static dev.macai.auth.domain.RegistrationPolicy.Decision.CREATE_USER;
import static dev.macai.auth.domain.RegistrationPolicy.Decision.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {

  @Test
  void firstUserAdmitsOnlyTheFirstAccountAsAdmin() {
    assertThat(RegistrationPolicy.FIRST_USER.decide(0)).isEqualTo(CREATE_ADMIN);
    assertThat(RegistrationPolicy.FIRST_USER.decide(1)).isEqualTo(REFUSE);
  }

  @Test
  void openAdmitsEveryoneAndTheFirstIsAdmin() {
    assertThat(RegistrationPolicy.OPEN.decide(0)).isEqualTo(CREATE_ADMIN);
    assertThat(RegistrationPolicy.OPEN.decide(7)).isEqualTo(CREATE_USER);
  }

  @Test
  void closedAdmitsNobody() {
    assertThat(RegistrationPolicy.CLOSED.decide(0)).isEqualTo(REFUSE);
  }

  @Test
  void parsesTheConfigurationSpelling() {
    assertThat(RegistrationPolicy.parse(" First-User ")).isEqualTo(RegistrationPolicy.FIRST_USER);
    assertThat(RegistrationPolicy.parse("open")).isEqualTo(RegistrationPolicy.OPEN);
    assertThatThrownBy(() -> RegistrationPolicy.parse("sometimes"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
