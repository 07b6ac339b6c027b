package org.attache.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command line. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "Attaché 0.1.0",
        description = "Codes English news into CAMEO political events.",
        subcommands = {CodeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, ParseCommand.class,
            DictionaryBenchCommand.class, DictionariesCommand.class,
            IngestCommand.class, QueryCommand.class, StatsCommand.class, SqlCommand.class, ExportCommand.class,
            BenchStoreCommand.class, WatchCommand.class, FetchCommand.class, SparkCodeCommand.class,
            BenchSparkCommand.class, ServeCommand.class, BenchServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the CLI with the given streams (tests call this directly). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new Main(), new Factory(out, err));
        // --help and --version on every subcommand (help skips the check of required options)
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        // SQL may open with a "-- comment": not an option
        cl.getSubcommands().get("sql").setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            err.println("attache: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    /** Injects the output streams into commands. */
    static final class Factory implements CommandLine.IFactory {
        private final PrintStream out;
        private final PrintStream err;

        Factory(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (Streams.class.isAssignableFrom(cls)) {
                K k = cls.getDeclaredConstructor().newInstance();
                ((Streams) k).streams(out, err);
                return k;
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** Commands that print take their streams from the factory. */
    interface Streams {
        void streams(PrintStream out, PrintStream err);
    }
}
