package dev.dealfocus.store;

import dev.dealfocus.core.decision.Reason;
import dev.dealfocus.core.decision.ReasonCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reasons as the store keeps them: code, sentence and facts, by name; unknown codes of newer versions are skipped. */
final class ReasonCodec {
    private ReasonCodec() {
    }

    static List<Map<String, Object>> encode(List<Reason> reasons) {
        return reasons.stream().map(r -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", r.code().name());
            out.put("sentence", r.sentence());
            out.put("facts", new TreeMap<>(r.facts()));
            return out;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Reason> decode(List<Map<String, Object>> stored) {
        return stored.stream().filter(m -> known((String) m.get("code")))
                .map(m -> new Reason(ReasonCode.valueOf((String) m.get("code")), (String) m.get("sentence"),
                        (Map<String, String>) m.getOrDefault("facts", Map.of())))
                .toList();
    }

    private static boolean known(String code) {
        try {
            ReasonCode.valueOf(code);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
