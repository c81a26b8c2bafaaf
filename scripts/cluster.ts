/**
 * `npm run cluster`: PostgreSQL, two or more instances (server.mjs, as `npm start`) of one build and nginx in front,
 * all on loopback. Ctrl-C or SIGTERM stops everything it started.
 *
 *   npm run cluster -- [--instances 2] [--port 3600] [--dist-dir .next] [--database-url postgres://...]
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_URL, startCluster } from '../deploy/cluster/cluster';

async function main() {
  const { values } = parseArgs({
    options: {
      instances: { type: 'string', default: '2' },
      port: { type: 'string', default: '3600' },
      'dist-dir': { type: 'string' },
      'database-url': { type: 'string', default: process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : DEFAULT_DATABASE_URL },
      'test-headers': { type: 'boolean', default: false },
    },
  });
  const instances = Number(values.instances);
  if (!Number.isInteger(instances) || instances < 1) throw new Error('--instances must be a whole number of 1 or more');
  const cluster = await startCluster({
    instances,
    port: Number(values.port),
    // Predictable ports for people; the tests let the kernel pick free ones.
    gzipPort: Number(values.port) + 1,
    instancePort: Number(values.port) + 10,
    distDir: values['dist-dir'],
    databaseUrl: values['database-url'],
    testHeaders: values['test-headers'],
    log: (line) => console.log(`cluster: ${line}`),
  });
  console.log(`cluster: nginx config ${cluster.nginxConf}`);
  console.log(`cluster: ready at ${cluster.url}  (Ctrl-C to stop)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`cluster: ${signal}, stopping`);
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  for (const instance of cluster.instances) {
    void instance.exited.then(() => {
      if (!stopping) console.error(`cluster: ${instance.name} exited (see ${instance.logFile})`);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
