import 'server-only';
import type { ControlledTransaction, Transaction } from 'kysely';
import type { Db } from './client';
import type { Database } from './schema';

/** One unit of work for a group commit: runs inside its own savepoint of the shared transaction. */
export interface GroupCommitWork<T> {
  /** The writes; `attempt` counts from 1. Throwing rolls back this unit only (to its savepoint). */
  run: (trx: Transaction<Database>, attempt: number) => Promise<T>;
  /** Whether a failed attempt is tried again (in a fresh savepoint of the same transaction). */
  retry?: (error: unknown, attempt: number) => boolean;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

interface Pending {
  work: GroupCommitWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Units per transaction at most: bounds how long one batch holds SQLite's write lock. */
export const GROUP_COMMIT_MAX_BATCH = 64;

const SAVEPOINT = 'group_commit_unit';

/**
 * Group commit (the rule behind PostgreSQL's `commit_delay`/`commit_siblings` and every write-ahead log
 * since System R: several transactions share one log flush). On SQLite the cost of a small write
 * transaction is its COMMIT, which under `synchronous=FULL` waits for an fsync of the WAL, and better-sqlite3
 * runs it on the event loop; SQLite's docs ("Transaction", faq #19) say to group many writes in one
 * transaction for exactly that reason. So units of work that arrive while a transaction of this queue
 * is running wait and then run together in the next one:
 *
 * - the first unit, with nothing running, starts a transaction at once (no added delay without contention);
 * - each unit runs in its own SAVEPOINT: one that throws (invalid, a unique conflict, over a rate limit)
 *   is rolled back to its savepoint and rejected with its error; the others are unaffected;
 * - one COMMIT (one fsync) per batch of up to GROUP_COMMIT_MAX_BATCH units;
 * - a unit's promise settles only after its batch's COMMIT returned: a success is never acknowledged before
 *   it is durable, and a failed COMMIT (or a failed rollback to a savepoint) rolls the whole batch back and
 *   rejects every unit of it with that error. Durability is unchanged (`synchronous` stays as configured).
 *
 * Units run one after another on the queue's one connection, in arrival order, so a later unit sees the
 * earlier ones' rows (two submissions for one address resolve as they did one transaction each).
 * One queue per `Db` (one per process in the app, as Kysely's SQLite connection is).
 */
export class GroupCommit {
  readonly #db: Db;
  readonly #waiting: Pending[] = [];
  #running = false;

  constructor(db: Db) {
    this.#db = db;
  }

  /** Runs `work` in the next batch; resolves with its value once that batch committed. */
  run<T>(work: GroupCommitWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#waiting.length > 0) await this.#runBatch(this.#waiting.splice(0, GROUP_COMMIT_MAX_BATCH));
    } finally {
      this.#running = false;
    }
  }

  async #runBatch(batch: Pending[]): Promise<void> {
    let trx: ControlledTransaction<Database>;
    try {
      trx = await this.#db.startTransaction().execute();
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    const outcomes: Outcome<unknown>[] = [];
    try {
      for (const p of batch) outcomes.push(await runInSavepoint(trx, p.work));
      await trx.commit().execute();
    } catch (error) {
      // The COMMIT (or the statement that undoes one unit) failed: nothing of this batch is kept.
      await trx.rollback().execute().catch(() => undefined);
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) p.resolve(outcome.value);
      else p.reject(outcome.error);
    });
  }
}

/** One unit in a savepoint, tried again in a fresh one while `retry` says so. Throws only when undoing it failed. */
async function runInSavepoint<T>(trx: ControlledTransaction<Database>, work: GroupCommitWork<T>): Promise<Outcome<T>> {
  for (let attempt = 1; ; attempt++) {
    const unit = await trx.savepoint(SAVEPOINT).execute();
    try {
      const value = await work.run(unit, attempt);
      await unit.releaseSavepoint(SAVEPOINT).execute();
      return { ok: true, value };
    } catch (error) {
      await (await unit.rollbackToSavepoint(SAVEPOINT).execute()).releaseSavepoint(SAVEPOINT).execute();
      if (!work.retry?.(error, attempt)) return { ok: false, error };
    }
  }
}

const queues = new WeakMap<Db, GroupCommit>();

/** The group-commit queue of `db` (made on first use). */
export function groupCommitOf(db: Db): GroupCommit {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = new GroupCommit(db)));
  return queue;
}
