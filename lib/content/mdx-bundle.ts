import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';

/**
 * The one place where MDX is turned into code: mdx-bundler with GitHub-flavoured Markdown.
 * Bump OPTIONS_ID whenever the options below change, so old cache entries are ignored.
 */
export const OPTIONS_ID = 'remark-gfm;v1';

export async function bundleSource(source: string): Promise<string> {
  const { code } = await bundleMDX({
    source,
    esbuildOptions(options) {
      // Errors are reported once, in the content report, not also on the console by esbuild.
      options.logLevel = 'silent';
      return options;
    },
    mdxOptions(mdxOptions) {
      mdxOptions.remarkPlugins = [...(mdxOptions.remarkPlugins ?? []), remarkGfm];
      return mdxOptions;
    },
  });
  return code;
}
