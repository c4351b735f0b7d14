package dev.dealfocus.testing.salesforce;

import dev.dealfocus.crm.salesforce.ChangeEvents;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends what Salesforce sends: Outbound Message envelopes as the outbound WSDL shapes them (facts B7),
 * and change events signed as the invocable Apex action of docs/salesforce.md signs them.
 */
public final class SalesforceSender {
    public static final String SECRET = "sf-webhook-secret-for-tests";
    private final List<String> notifications = new ArrayList<>();
    private String org = SalesforceSimulator.ORG_ID;

    /** A notification for an Opportunity, with the fields an admin typically sends. */
    public SalesforceSender opportunity(String id, String lastModifiedById) {
        return notification("Opportunity", id, lastModifiedById);
    }

    public SalesforceSender notification(String type, String id, String lastModifiedById) {
        notifications.add("<Notification><Id>04l5Y" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase()
                + "</Id><sObject xsi:type=\"sf:" + type + "\" xmlns:sf=\"urn:sobject.enterprise.soap.sforce.com\"><sf:Id>" + id
                + "</sf:Id>" + (lastModifiedById == null ? "" : "<sf:LastModifiedById>" + lastModifiedById + "</sf:LastModifiedById>")
                + "<sf:LastModifiedDate>" + Instant.now() + "</sf:LastModifiedDate></sObject></Notification>");
        return this;
    }

    public SalesforceSender fromOrg(String organizationId) {
        org = organizationId;
        return this;
    }

    public String envelope() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
                + "<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>" + org + "</OrganizationId>"
                + "<ActionId>04k5Y0000008Q1hQAE</ActionId><SessionId xsi:nil=\"true\"/>"
                + "<EnterpriseUrl>https://acme.my.salesforce.com/services/Soap/c/67.0/00D5Y000001MPM7</EnterpriseUrl>"
                + "<PartnerUrl>https://acme.my.salesforce.com/services/Soap/u/67.0/00D5Y000001MPM7</PartnerUrl>"
                + String.join("", notifications) + "</notifications></soapenv:Body></soapenv:Envelope>";
    }

    public static ValidatableResponse outbound(String envelope) {
        return RestAssured.given().contentType("text/xml; charset=utf-8").header("SOAPAction", "\"\"").body(envelope)
                .post("/webhooks/salesforce/outbound").then();
    }

    public ValidatableResponse send() {
        return outbound(envelope());
    }

    /** A delivery of one change event, as the Apex action builds it. */
    public static String event(String sobject, String recordId, String changedBy) {
        return "{\"events\":[{\"id\":\"" + UUID.randomUUID() + "\",\"sobject\":\"" + sobject + "\",\"recordId\":\"" + recordId
                + "\",\"changedAt\":\"" + Instant.now() + "\"" + (changedBy == null ? "" : ",\"changedBy\":\"" + changedBy + "\"") + "}]}";
    }

    public static ValidatableResponse signed(String body, long epochSeconds, String secret) {
        String timestamp = String.valueOf(epochSeconds);
        return RestAssured.given().contentType("application/json").header(ChangeEvents.TIMESTAMP_HEADER, timestamp)
                .header(ChangeEvents.SIGNATURE_HEADER, ChangeEvents.sign(timestamp, body, secret)).body(body)
                .post("/webhooks/salesforce/events").then();
    }
}
