type Json = { [key: string]: Json | string };

/**
 * The parts of a catalogue named by dotted paths (`'form.fields'`), in the catalogue's shape, and nothing
 * else: what a client component receives, so that the browser gets only the strings it renders (next-intl's
 * advice: "pick" the namespaces a client component needs). A path that does not exist is left out.
 */
export function pickMessages<M extends object>(messages: M, paths: readonly string[]): Partial<M> {
  const picked: Json = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: Json | string | undefined = messages as unknown as Json;
    for (const key of keys) from = typeof from === 'object' ? from[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    keys.slice(0, -1).forEach((key) => {
      const next = into[key];
      into = typeof next === 'object' ? next : (into[key] = {});
    });
    into[keys[keys.length - 1]!] = from;
  }
  return picked as Partial<M>;
}
