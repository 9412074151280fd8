package academy.content.model;

import java.util.List;

/** A heading of the course outline (核心组件 / 子系统 / 开发与运维) with its modules in order. */
public record ModuleGroup(String id, String title, String titleEn, List<String> moduleIds) implements Bilingual {
}
