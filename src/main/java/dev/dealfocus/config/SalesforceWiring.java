package dev.dealfocus.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.port.ApiCalls;
import dev.dealfocus.core.port.CrmException;
import dev.dealfocus.crm.salesforce.SalesforceCrm;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Builds the Salesforce gateway from {@code dealfocus.salesforce.*}, naming the key of every bad setting. */
final class SalesforceWiring {
    private SalesforceWiring() {
    }

    static SalesforceCrm gateway(DealFocusConfig config, ObjectMapper mapper, Clock clock) {
        SalesforceCrm crm = SalesforceCrm.connect(settings(config), CallPolicyWiring.retry(config), mapper, clock, d -> Thread.sleep(d.toMillis()));
        try {
            crm.readSchema(new ApiCalls());
        } catch (CrmException e) {
            if (e.kind() == CrmException.Kind.FAIL_FAST) {
                throw new ConfigurationError(List.of(e.getMessage()));
            }
            // an outage must not keep the service down: the fields are checked when Salesforce answers again
            Log.warnf("Salesforce did not answer at start (%s); the fields are checked at the first run.", e.getMessage());
        }
        return crm;
    }

    static SalesforceCrm.Settings settings(DealFocusConfig config) {
        DealFocusConfig.Salesforce s = config.salesforce();
        Problems problems = new Problems();
        URI login = null;
        String loginUrl = s.loginUrl().map(String::trim).orElse("");
        if (loginUrl.isEmpty()) {
            problems.missing("dealfocus.salesforce.login-url", "set the org's My Domain URL, e.g. https://acme.my.salesforce.com");
        } else {
            try {
                login = URI.create(loginUrl.endsWith("/") ? loginUrl : loginUrl + "/");
                if (login.getScheme() == null || login.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
            } catch (IllegalArgumentException e) {
                problems.add("dealfocus.salesforce.login-url", loginUrl, "use the org's My Domain URL, e.g. https://acme.my.salesforce.com");
            }
        }
        String clientId = s.clientId().map(String::trim).orElse("");
        if (clientId.isEmpty()) {
            problems.missing("dealfocus.salesforce.client-id", "set the consumer key of the External Client App (docs/salesforce.md)");
        }
        String secret = s.clientSecret().map(String::trim).orElse("");
        String username = s.username().map(String::trim).orElse("");
        PrivateKey key = null;
        if (!username.isEmpty()) {
            key = privateKey(s.privateKeyFile().map(String::trim).orElse(""), problems);
        } else if (secret.isEmpty()) {
            problems.missing("dealfocus.salesforce.client-secret", "set the External Client App's consumer secret (client credentials,"
                    + " best as DEALFOCUS_SALESFORCE_CLIENT_SECRET), or dealfocus.salesforce.username and private-key-file (JWT bearer)");
        }
        if (!s.apiVersion().matches("v\\d{2,3}\\.0")) {
            problems.add("dealfocus.salesforce.api-version", s.apiVersion(), "use a version such as v67.0");
        }
        String org = s.organizationId().map(String::trim).orElse("");
        if (!org.isEmpty() && !org.matches("00D[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?")) {
            problems.add("dealfocus.salesforce.organization-id", org, "use the org's id, 15 or 18 characters starting 00D"
                    + " (Setup > Company Information)");
        }
        if (!(s.dailyShare() > 0 && s.dailyShare() <= 1)) {
            problems.add("dealfocus.salesforce.daily-share", s.dailyShare(), "use a share above 0 and at most 1, e.g. 0.8");
        }
        if (s.writeBatch() < 1 || s.writeBatch() > SalesforceCrm.MAX_WRITE_BATCH) {
            problems.add("dealfocus.salesforce.write-batch", s.writeBatch(), "use 1 to 200 (sObject Collections take 200 records)");
        }
        if (s.requestsPer10s() < 1) {
            problems.add("dealfocus.salesforce.requests-per-10s", s.requestsPer10s(), "use at least 1");
        }
        if (s.activityDays() < 31 || s.activityDays() > 3650) {
            problems.add("dealfocus.salesforce.activity-days", s.activityDays(), "use 31 to 3650 days (more than the expiry's 30)");
        }
        if (!s.teamField().matches("[A-Za-z][A-Za-z0-9_]*")) {
            problems.add("dealfocus.salesforce.team-field", s.teamField(), "use a User field's API name, e.g. Department");
        }
        if (!s.activityTypeField().matches("[A-Za-z][A-Za-z0-9_]*")) {
            problems.add("dealfocus.salesforce.activity-type-field", s.activityTypeField(),
                    "use a Task field's API name, e.g. TaskSubtype or Type");
        }
        LocalTime due = problems.time("dealfocus.salesforce.task-due-time", s.taskDueTime());
        ZoneId zone = Problems.zoneOrUtc(config.timeZone());
        problems.throwIfAny();
        String fallback = s.fallbackOwner().or(config::fallbackOwner).orElse(null);
        return new SalesforceCrm.Settings(login, clientId, secret.isEmpty() ? null : secret, username.isEmpty() ? null : username,
                key, s.sandbox(), s.apiVersion(), org.isEmpty() ? null : org, s.timeout(), s.requestsPer10s(), s.dailyShare(),
                s.writeBatch(), s.closeDateHistory(), fallback, zone, due, s.teamField(), s.activityDays(), Map.of(),
                s.ownersCacheFor(), new dev.dealfocus.crm.salesforce.ActivityTypes(s.activityTypeField(),
                        java.util.Set.copyOf(s.callTypes()), java.util.Set.copyOf(s.emailTypes())),
                CustomerSettings.properties(config, null), java.util.Set.copyOf(s.customerTypes()));
    }

    /** A PKCS#8 PEM key ({@code BEGIN PRIVATE KEY}); the key's text never reaches a message. */
    static PrivateKey privateKey(String file, Problems problems) {
        String key = "dealfocus.salesforce.private-key-file";
        if (file.isEmpty()) {
            problems.missing(key, "the JWT bearer flow (dealfocus.salesforce.username is set) needs the app's private key, PEM");
            return null;
        }
        String pem;
        try {
            pem = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            problems.add(key, file, "cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("ENCRYPTED")) {
            problems.add(key, file, "is PKCS#1 or encrypted; convert it: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
            return null;
        }
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add(key, file, "holds no RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY)");
            return null;
        }
    }
}
