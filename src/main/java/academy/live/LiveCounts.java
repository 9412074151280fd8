package academy.live;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the live screens count: learners joined, answers to the current question and (to the host only) how
 * many chose each option, by the option's code in this session.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveCounts(int version, int index, int joined, int answered, Map<String, Integer> histogram) {

    public LiveCounts withoutHistogram() {
        return new LiveCounts(version, index, joined, answered, null);
    }
}
