package dev.dealfocus.crm.salesforce;

import dev.dealfocus.core.port.WebhookInbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Salesforce Outbound Messages (facts B7; the WSDL's {@code notifications} element): a SOAP 1.1 envelope
 * of up to 100 notifications, each with its id and the sObject's fields the admin chose. Parsed with
 * DTDs, external entities and XInclude refused, so a hostile document cannot read files or expand
 * entities. The acknowledgement covers the whole message and goes out only after the events are stored.
 */
public final class OutboundMessages {
    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String OUTBOUND = "http://soap.sforce.com/2005/09/outbound";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Salesforce sends at most 100 notifications a message. */
    public static final int MAX_NOTIFICATIONS = 100;

    public static final String ACK = "<soapenv:Envelope xmlns:soapenv=\"" + SOAP + "\"><soapenv:Body>"
            + "<notificationsResponse xmlns=\"" + OUTBOUND + "\"><Ack>true</Ack></notificationsResponse>"
            + "</soapenv:Body></soapenv:Envelope>";

    /** A message as DealFocus reads it: the sending org and the changes it reports. */
    public record Message(String organizationId, List<WebhookInbox.Event> events, int notifications) {
    }

    /** A body that is no Outbound Message, or one DealFocus refuses to parse (a DTD, an entity). */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private OutboundMessages() {
    }

    /** A SOAP fault with Salesforce's "Client" code: the message is not acknowledged. */
    public static String fault(String reason) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP + "\"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Client</faultcode>"
                + "<faultstring>" + escape(reason) + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    }

    /**
     * @param ownUserId DealFocus's user in the org, or {@code null} when not known yet: a notification whose
     *                  sObject says this user changed it last is DealFocus's own
     */
    public static Message parse(String body, String ownUserId, Instant receivedAt) {
        Element notifications = notifications(document(body));
        String org = text(child(notifications, OUTBOUND, "OrganizationId"));
        if (org == null || org.isBlank()) {
            throw new Malformed("the message names no OrganizationId");
        }
        List<Element> notes = children(notifications, OUTBOUND, "Notification");
        if (notes.isEmpty() || notes.size() > MAX_NOTIFICATIONS) {
            throw new Malformed("a message carries 1 to " + MAX_NOTIFICATIONS + " notifications, this one " + notes.size());
        }
        List<WebhookInbox.Event> events = new ArrayList<>();
        for (Element note : notes) {
            String id = text(child(note, OUTBOUND, "Id"));
            Element sObject = child(note, OUTBOUND, "sObject");
            if (id == null || sObject == null || !Soql.isId(id)) {
                throw new Malformed("a notification without an Id (a Salesforce id) or an sObject");
            }
            String type = sObject.getAttributeNS(XSI, "type");
            type = type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
            String recordId = field(sObject, "Id");
            if (recordId == null || !Soql.isId(recordId)) {
                throw new Malformed("notification " + id + " names no record id");
            }
            String objectType = switch (type) {
                case "Opportunity" -> "deal";
                case "Task" -> "tasks";
                case "Event" -> "events";
                default -> null; // a message on another object: acknowledged, nothing to do
            };
            if (objectType == null) {
                continue;
            }
            Instant at = OpportunityMapper.instant(field(sObject, "LastModifiedDate"));
            String by = field(sObject, "LastModifiedById");
            boolean own = ownUserId != null && by != null && Soql.sameId(by, ownUserId);
            events.add(new WebhookInbox.Event("sf-om:" + id.trim(), objectType, recordId.trim(), at == null ? receivedAt : at, own,
                    "outbound message " + type));
        }
        return new Message(org.trim(), events, notes.size());
    }

    private static Document document(String body) {
        if (body == null || body.isBlank()) {
            throw new Malformed("the body is empty");
        }
        try {
            return builder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | IOException e) {
            throw new Malformed("the body is no well-formed XML without a DTD (" + e.getMessage() + ")");
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.ErrorHandler() { // errors are thrown, never printed to stderr
                @Override
                public void warning(org.xml.sax.SAXParseException e) {
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses DealFocus's safe settings", e);
        }
    }

    private static Element notifications(Document doc) {
        Element envelope = doc.getDocumentElement();
        if (!SOAP.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new Malformed("the body is no SOAP 1.1 envelope");
        }
        Element body = child(envelope, SOAP, "Body");
        Element notifications = body == null ? null : child(body, OUTBOUND, "notifications");
        if (notifications == null) {
            throw new Malformed("the envelope carries no Outbound Message notifications");
        }
        return notifications;
    }

    /** A field of the sObject, in any namespace (the enterprise WSDL's {@code sf:} one, usually). */
    private static String field(Element sObject, String name) {
        for (Node n = sObject.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return text(e);
            }
        }
        return null;
    }

    private static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element e) {
        if (e == null || "true".equals(e.getAttributeNS(XSI, "nil"))) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
