package com.jgdj.dashboard.assessment.scheme;

import com.jgdj.dashboard.base.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editing a scheme's rows under the database's constraints: names moving between rows, and what a refusal means. */
final class SchemeEdits {

    private static final Logger log = LoggerFactory.getLogger(SchemeEdits.class);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("=\\(\\d+, (.*)\\) already exists");

    private SchemeEdits() {
    }

    /**
     * Gives every stored row that is renamed or removed a unique placeholder name first, so that names can move
     * between rows (two names swapped, a removed row's name taken by another): the database checks the unique name
     * per row as it writes, not at the end. The caller flushes, then applies the final names.
     *
     * @param wanted the final name of each kept row by id; a stored row not in it is removed
     * @return whether any row was parked
     */
    static <T> boolean park(List<T> rows, Function<T, Long> id, Function<T, String> name, BiConsumer<T, String> rename,
                            Map<Long, String> wanted) {
        boolean parked = false;
        for (T row : rows) {
            Long rowId = id.apply(row);
            if (rowId != null && !name.apply(row).equals(wanted.get(rowId))) {
                rename.accept(row, "\u2060#" + rowId);
                parked = true;
            }
        }
        return parked;
    }

    /**
     * What a refused write of the scheme's {@code what} (考核指标, 加减分项, 否决事项) means for the person editing;
     * the log keeps the database's own message. Anything not caused by the edit itself is not translated.
     */
    static RuntimeException refusal(DataIntegrityViolationException e, String what) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        log.warn("Scheme edit of {} refused by the database: {}", what, sql == null ? e.getMessage() : sql.getMessage());
        return switch (state) {
            case "23503" -> new UserInputException("已有评分使用了被删除的项目，不能删除");
            case "23505" -> new UserInputException(what + "名称重复" + duplicate(sql.getMessage()));
            case "22001" -> new UserInputException(what + "名称过长");
            default -> e;
        };
    }

    private static String duplicate(String message) {
        Matcher m = DUPLICATE_KEY.matcher(message == null ? "" : message);
        return m.find() ? "：" + m.group(1) : "";
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
