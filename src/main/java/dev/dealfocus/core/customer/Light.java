package dev.dealfocus.core.customer;

/** A customer's traffic light (domain.md section 8), from the worst to the best. */
public enum Light {
    RED, YELLOW, GREEN
}
