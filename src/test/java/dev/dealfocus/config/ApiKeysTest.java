package dev.dealfocus.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
    private static String hash(String key) {
        return HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    @Test
    void givenHashedKeysWithRoles_eachKeyHasItsRole_andAnyOtherNone() {
        ApiKeys keys = ApiKeys.parse(List.of("sha256:" + hash("ops"), "sha256:" + hash("viewer").toUpperCase() + ":reader"));
        assertThat(keys.roleOfKey("ops")).contains(ApiKeys.Role.OPERATOR);
        assertThat(keys.roleOfKey("viewer")).contains(ApiKeys.Role.READER);
        assertThat(keys.roleOfKey("guess")).isEmpty();
    }

    @Test
    void givenAKeyInPlainText_theStartIsRefusedNamingTheCommand_withoutShowingTheKey() {
        assertThatThrownBy(() -> ApiKeys.parse(List.of("my-secret-key"))).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("dealfocus.api.keys").hasMessageContaining("sha256sum").hasMessageNotContaining("my-secret-key");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("sha256:" + hash("x") + ":admin"))).isInstanceOf(ConfigurationError.class);
    }
}
