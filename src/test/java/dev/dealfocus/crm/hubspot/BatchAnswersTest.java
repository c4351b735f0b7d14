package dev.dealfocus.crm.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealfocus.core.deal.DealField;
import dev.dealfocus.core.port.CrmWrite;
import dev.dealfocus.core.port.WriteResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CrmWrite.FieldUpdate A = new CrmWrite.FieldUpdate("101", "k-a", Map.of(DealField.SCORE, "80"), null);
    private static final CrmWrite.FieldUpdate B = new CrmWrite.FieldUpdate("102", "k-b", Map.of(DealField.SCORE, "40"), null);
    private static final CrmWrite.FieldUpdate C = new CrmWrite.FieldUpdate("103", "k-c", Map.of(DealField.SCORE, "10"), null);

    private static List<WriteResult> read(String answer) throws Exception {
        return BatchAnswers.read(List.of(A, B, C), JSON.readTree(answer), true);
    }

    @Test
    void givenA200_read_appliesEveryItemByItsTraceId() throws Exception {
        List<WriteResult> results = read("""
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z","results":[
                 {"id":"103","properties":{},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-11-30T09:00:01Z","archived":false,"objectWriteTraceId":"k-c"},
                 {"id":"101","properties":{},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-11-30T09:00:01Z","archived":false,"objectWriteTraceId":"k-a"},
                 {"id":"102","properties":{},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-11-30T09:00:01Z","archived":false,"objectWriteTraceId":"k-b"}]}""");
        assertThat(results).extracting(WriteResult::key).containsExactly("k-a", "k-b", "k-c");
        assertThat(results).allMatch(WriteResult::ok);
    }

    @Test
    void givenA207_read_appliesTheSucceededItemsAndSortsTheFailedOnes() throws Exception {
        List<WriteResult> results = read("""
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z","numErrors":2,
                 "results":[{"id":"101","properties":{},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-11-30T09:00:01Z","archived":false,"objectWriteTraceId":"k-a"}],
                 "errors":[
                  {"status":"error","category":"OBJECT_NOT_FOUND","message":"Could not get some DEAL objects, they may be deleted or not exist.",
                   "context":{"ids":["102"]},"errors":[],"links":{}},
                  {"status":"error","category":"RATE_LIMITS","message":"Try again later","context":{"objectWriteTraceId":["k-c"]},"errors":[],"links":{}}]}""");
        assertThat(results.get(0).ok()).isTrue();
        assertThat(results.get(1).outcome()).isEqualTo(WriteResult.Outcome.REFUSED);
        assertThat(results.get(1).error()).contains("OBJECT_NOT_FOUND");
        assertThat(results.get(2).outcome()).isEqualTo(WriteResult.Outcome.FAILED);
    }

    @Test
    void givenAnItemNoErrorNames_read_failsItForTheNextRun() throws Exception {
        List<WriteResult> results = read("""
                {"status":"COMPLETE","startedAt":"2026-11-30T09:00:00Z","completedAt":"2026-11-30T09:00:01Z",
                 "results":[{"id":"101","properties":{},"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-11-30T09:00:01Z","archived":false}]}""");
        assertThat(results.get(0).ok()).isTrue(); // matched by record id when the trace id is not echoed
        assertThat(results.get(1).outcome()).isEqualTo(WriteResult.Outcome.FAILED);
        assertThat(results.get(2).error()).contains("no result");
    }
}
