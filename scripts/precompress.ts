/**
 * Post-build step: precompress the build's static assets for nginx's gzip_static (deploy/nginx.conf).
 * Usage: tsx scripts/precompress.ts [distDir]   (default: $NEXT_DIST_DIR or .next)
 */
import path from 'node:path';
import { precompressDir } from '../deploy/cluster/precompress';

async function main() {
  const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? '.next';
  const staticDir = path.resolve(distDir, 'static');
  const written = await precompressDir(staticDir);
  console.log(`precompress: ${written} file(s) gzipped under ${staticDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
