import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the cycles between the project's Java packages, read from the sources' imports and fully
 * qualified names (comments left out). Run with the JDK alone, from the project's root:
 *
 * <pre>java tools/PackageCycles.java ejb/src/main/java web/src/main/java</pre>
 *
 * <p>With {@code --components} first, packages are taken by their first three names ({@code
 * org.credence.credit.control} counts as {@code org.credence.credit}), so the cycles between the
 * business components show. Prints each strongly connected group of two or more packages with the
 * files behind every edge inside it, and exits with 1 where there is one, so a build step can
 * require none. It reads text: compiled classes can be checked the same way with {@code jdeps}.
 */public class PackageCycles {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(org\\.credence(?:\\.[a-z][a-z0-9_]*)+)\\.(?:[A-Z]|\\*)");
    private static final Pattern COMMENTS =
            Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private static boolean components;

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
        List<String> roots = new ArrayList<>(List.of(args));
        components = roots.remove("--components");
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> read(f, edges));
            }
        }
        List<List<String>> groups = stronglyConnected(edges);
        int cycles = 0;
        for (List<String> group : groups) {
            if (group.size() < 2) {
                continue;
            }
            cycles++;
            System.out.println("cycle of " + group.size() + " packages: " + String.join(", ", group));
            for (String from : group) {
                for (var edge : edges.getOrDefault(from, Map.of()).entrySet()) {
                    if (group.contains(edge.getKey())) {
                        System.out.println("  " + from + " -> " + edge.getKey() + "  " + edge.getValue());
                    }
                }
            }
        }
        System.out.println(cycles + " cycle(s) among " + edges.size() + " packages");
        System.exit(cycles == 0 ? 0 : 1);
    }

    private static void read(Path file, Map<String, Map<String, Set<String>>> edges) {
        String text;
        try {
            text = COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher own = PACKAGE.matcher(text);
        if (!own.find()) {
            return;
        }
        String from = name(own.group(1));
        Map<String, Set<String>> targets = edges.computeIfAbsent(from, p -> new TreeMap<>());
        Matcher used = REFERENCE.matcher(text);
        while (used.find()) {
            String to = name(used.group(1));
            if (!to.equals(from)) {
                targets.computeIfAbsent(to, p -> new TreeSet<>()).add(file.getFileName().toString());
            }
        }
    }

    private static String name(String pkg) {
        if (!components) {
            return pkg;
        }
        String[] parts = pkg.split("\\.");
        return parts.length <= 3 ? pkg : String.join(".", parts[0], parts[1], parts[2]);
    }

    /** Tarjan's algorithm, iterative over a sorted graph so the output is stable. */
    private static List<List<String>> stronglyConnected(Map<String, Map<String, Set<String>>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> groups = new ArrayList<>();
        int[] counter = {0};
        for (String start : edges.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, edges, index, low, stack, onStack, groups, counter);
            }
        }
        return groups;
    }

    private static void visit(
            String node,
            Map<String, Map<String, Set<String>>> edges,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<List<String>> groups,
            int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                visit(next, edges, index, low, stack, onStack, groups, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> group = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            group.sort(null);
            groups.add(group);
        }
    }
}
