package com.jgdj.dashboard.load;

import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The heap each HTTP session of the server retains, exactly: a heap dump of the server ({@code jcmd <pid>
 * GC.heap_dump}, live objects only) read by NetBeans' profiler library, which computes each object's retained size
 * from the dominator tree — the bytes that would be freed with the session (its Vaadin session, UIs, component tree,
 * security context), nothing it merely shares with others. A difference of live heaps before and after opening
 * sessions (session 5's method) also counted connection buffers and caches filled meanwhile, and swung by megabytes.
 */
final class SessionHeap {

    private static final String SESSION_CLASS = "org.apache.catalina.session.StandardSession";

    private SessionHeap() {
    }

    /**
     * Retained bytes of every HTTP session in the server's heap, ascending. With {@code keep} the dump is also copied
     * there, to be read further (which objects a session holds) with any heap analyser.
     */
    static long[] retainedPerSession(long pid, Path keep) throws IOException, InterruptedException {
        Path dump = Files.createTempDirectory("load-heap").resolve("server.hprof");
        try {
            Process jcmd = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_dump", dump.toString()).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0 || !Files.exists(dump)) {
                throw new IllegalStateException("jcmd " + pid + " GC.heap_dump failed: " + out);
            }
            if (keep != null) {
                Files.copy(dump, keep, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("heap dump kept in " + keep.toAbsolutePath());
            }
            Heap heap = HeapFactory.createHeap(dump.toFile());
            JavaClass sessions = heap.getJavaClassByName(SESSION_CLASS);
            if (sessions == null) {
                throw new IllegalStateException("no " + SESSION_CLASS + " in the server's heap");
            }
            @SuppressWarnings("unchecked") // the library's API predates generics
            List<Instance> instances = sessions.getInstances();
            return instances.stream().mapToLong(Instance::getRetainedSize).sorted().toArray();
        } finally {
            // the library writes its indexes beside the dump
            try (Stream<Path> files = Files.walk(dump.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The median of ascending values. */
    static long median(long[] ascending) {
        return ascending.length == 0 ? 0 : ascending[(ascending.length - 1) / 2];
    }

    static String describe(long[] ascending) {
        return Arrays.stream(ascending).mapToObj(b -> String.format("%.1f", b / 1024.0)).toList().toString();
    }
}
