package entente;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j 5.26 Community in-process with the Bolt connector on, for laptops and CI without Docker.
 *
 * Arguments: --home DIR (data lives under it), --port N (Bolt, default 7687), --host H (default 127.0.0.1),
 * --pagecache MB (page cache size, default 128: enough for the article; benchmarks of large graphs pass more).
 * Prints one line "NEO4J_READY bolt://host:port" once Bolt accepts connections, and shuts down
 * cleanly on SIGTERM/SIGINT through a JVM shutdown hook.
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  public static void main(String[] args) {
    String home = "data/neo4j";
    String host = "127.0.0.1";
    int port = 7687;
    long pagecacheMb = 128;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--home" -> home = args[i + 1];
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--host" -> host = args[i + 1];
        case "--pagecache" -> pagecacheMb = Long.parseLong(args[i + 1]);
        default -> {
          System.err.println("neo4j-local: unknown argument " + args[i] + " (accepts --home, --port, --host, --pagecache)");
          System.exit(2);
        }
      }
    }
    long started = System.nanoTime();
    // Auth is off by default in embedded mode: this instance only listens on loopback.
    // The advertised address must follow the port, or the routing table would say 7687.
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(home).toAbsolutePath())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
        // Bolt shuts down after the databases have stopped and checkpointed, so nothing is left for it to
        // finish: its two grace periods (5 s each by default) only kept every stop waiting 10 s (measured: a
        // stop took 10.5 s, now 1 s). Its debug log then says the event loops were ended forcefully.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("NEO4J_STOPPED");
    }, "neo4j-shutdown"));
    // Touch the default database so the readiness line means queries will be answered.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("NEO4J_READY bolt://" + host + ":" + port + " in " + ms + " ms");
    System.out.flush();
  }
}
