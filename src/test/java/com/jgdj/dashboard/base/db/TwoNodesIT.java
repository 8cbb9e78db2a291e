package com.jgdj.dashboard.base.db;

import com.jgdj.dashboard.Application;
import com.jgdj.dashboard.TestData;
import com.jgdj.dashboard.assessment.AssessmentFixture;
import com.jgdj.dashboard.assessment.AssessmentService;
import com.jgdj.dashboard.assessment.Points;
import com.jgdj.dashboard.assessment.scheme.SchemeService;
import com.jgdj.dashboard.assessment.ScoreForm;
import com.jgdj.dashboard.base.ConcurrentEditException;
import com.jgdj.dashboard.orgunit.UnitId;
import com.jgdj.dashboard.period.PeriodId;
import com.jgdj.dashboard.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two application nodes on one PostgreSQL: node 1 starts as a single installation does (its embedded cluster,
 * migrated by Liquibase); node 2 is a second whole application (web server included) configured as the README's
 * external database says, through the environment variables {@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD} (the
 * app role) and {@code SPRING_LIQUIBASE_USER/PASSWORD} (the owner), pointed at node 1's cluster. What one node saves
 * the other reads; two assessors on different nodes cannot overwrite each other; the schema is migrated once.
 */
class TwoNodesIT {

    private static ConfigurableApplicationContext node1;
    private static ConfigurableApplicationContext node2;
    private static JdbcClient owner;
    private static List<String> changelogBefore;

    @BeforeAll
    static void startBothNodes() {
        node1 = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--dashboard.demo=false");
        EmbeddedDatabase database = node1.getBean(EmbeddedDatabase.class);
        owner = JdbcClient.create(database.owner());
        changelogBefore = changelog();

        Map<String, Object> env = new HashMap<>(System.getenv());
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", DatabaseRoles.APP);
        env.put("SPRING_DATASOURCE_PASSWORD", database.credentials().appPassword());
        env.put("SPRING_LIQUIBASE_USER", DatabaseRoles.OWNER);
        env.put("SPRING_LIQUIBASE_PASSWORD", database.credentials().ownerPassword());
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        node2 = new SpringApplicationBuilder(Application.class).environment(environment).run("--server.port=0");
    }

    @AfterAll
    static void stopBothNodes() {
        SecurityContextHolder.clearContext();
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
    }

    /** Every applied changeset with the run (deployment) that applied it, in order. */
    private static List<String> changelog() {
        return owner.sql("select id || ' ' || author || ' ' || deployment_id from databasechangelog order by orderexecuted")
                .query(String.class).list();
    }

    @Test
    void the_second_node_uses_the_first_nodes_database_as_the_app_role_and_migrates_nothing() throws IOException {
        assertTrue(node2.getBeansOfType(EmbeddedPostgres.class).isEmpty(), "node 2 started no database of its own");
        assertEquals(node1.getBean(EmbeddedDatabase.class).port() + " " + DatabaseRoles.APP, node2.getBean(JdbcClient.class)
                .sql("select inet_server_port() || ' ' || current_user").query(String.class).single());

        // Liquibase ran on node 2 (it checked the changelog under the lock) and applied nothing: same rows, same runs
        // node 1 applied every changeset of the product (db/changelog/checksums.txt lists each one)
        assertEquals(Files.readAllLines(Path.of("db/changelog/checksums.txt")).stream()
                        .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split(" ")[0]).sorted().toList(),
                changelogBefore.stream().map(l -> l.split(" ")[0]).sorted().toList());
        assertEquals(changelogBefore, changelog());
        assertEquals(1L, owner.sql("select count(distinct deployment_id) from databasechangelog").query(Long.class).single());
        assertEquals(List.of(false), owner.sql("select locked from databasechangeloglock").query(Boolean.class).list());
    }

    @Test
    void what_one_node_saves_the_other_reads_and_a_stale_save_on_the_other_node_is_refused() {
        JdbcClient app1 = node1.getBean(JdbcClient.class);
        on(node1);
        AssessmentFixture f = AssessmentFixture.create(new TestData(app1), node1.getBean(SchemeService.class), 2);
        AssessmentService onNode1 = node1.getBean(AssessmentService.class);
        AssessmentService onNode2 = node2.getBean(AssessmentService.class);
        PeriodId period = PeriodId.of(f.period);
        UnitId unit = UnitId.of(f.units[0]);

        signIn(node1, "张评");
        onNode1.save(f.form(0, f.total("85")));
        signIn(node2, "李审");
        assertEquals("85", Points.format(onNode2.sheet(period, unit).orElseThrow().total()));

        // both assessors open the same sheet, one on each node; 张评 saves first
        ScoreForm openOnNode2 = onNode2.sheet(period, unit).orElseThrow().form();
        signIn(node1, "张评");
        ScoreForm openOnNode1 = onNode1.sheet(period, unit).orElseThrow().form();
        onNode1.save(withPoints(openOnNode1, f.points("18", "15", "20", "10", "15", "10", "10")));

        signIn(node2, "李审");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> onNode2.save(withPoints(openOnNode2, f.total("70"))));
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(onNode2.sheet(period, unit).orElseThrow()
                .gradedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
        assertEquals("该考核已被张评于" + at + "保存，对方的数据为：政治建设 18，思想建设与理论学习 15，组织建设 20，"
                + "作风建设 10，纪律建设与党风廉政 15，意识形态工作 10，党建与业务融合 10，总分 98，优秀。"
                + "您的修改未保存，请重新打开后核对再录入。", conflict.getMessage());
        assertEquals("98", Points.format(onNode2.sheet(period, unit).orElseThrow().total()));
        signIn(node1, "张评");
        assertEquals("98", Points.format(onNode1.sheet(period, unit).orElseThrow().total()));
    }

    /**
     * Each node has its own security context strategy (Vaadin's), and Spring Security's holder is static: a call on a
     * node needs that node's strategy in the holder, as a request to that node would have.
     */
    private static void on(ConfigurableApplicationContext node) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
    }

    private static void signIn(ConfigurableApplicationContext node, String assessor) {
        on(node);
        AssessmentFixture.signInAs(assessor, Role.ASSESSOR);
    }

    private static ScoreForm withPoints(ScoreForm form, Map<Long, BigDecimal> points) {
        return new ScoreForm(form.id(), form.version(), form.unit(), form.period(), points, form.adjustments(),
                form.vetoId(), form.selfScore(), form.comment());
    }
}
