package academy.search;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The small demo course with a glossary ({@code fixtures/glossary}: the valid fixture plus glossary.yaml with
 * 调度器/Scheduler/kube-scheduler introduced in 01-basics/first and Informer/通知器 in 02-advanced/deep).
 */
public class GlossaryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("academy.content.courses-dir", "src/test/resources/fixtures/glossary/courses");
        config.put("academy.content.quizzes-dir", "src/test/resources/fixtures/glossary/quizzes");
        config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + getClass().getSimpleName() + ";DB_CLOSE_DELAY=-1");
        return config;
    }
}
