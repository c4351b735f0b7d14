package dev.dealfocus.config;

import java.util.List;

/** {@code dealfocus.public-url}, checked once for every link DealFocus writes into the CRM (review and time-eater tasks). */
public final class PublicUrl {
    private PublicUrl() {
    }

    /** The URL without a trailing slash, or "" where unset (links then name the API path only). */
    public static String of(DealFocusConfig config) {
        String url = config.publicUrl().map(String::strip).orElse("");
        if (!url.isEmpty() && !url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new ConfigurationError(List.of("dealfocus.public-url=" + url
                    + ": use the absolute URL people reach this service at, such as https://dealfocus.example.com"));
        }
        return url.replaceAll("/+$", "");
    }
}
