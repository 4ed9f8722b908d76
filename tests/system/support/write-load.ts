/** One request of the load: what it answered and how long it took. */
export interface Outcome {
  /** What the test wrote, to find the record in the database (a meeting's topic). */
  key?: string;
  status: number | 'no answer';
  ms: number;
  startedAt: number;
  id?: number;
  message?: string;
  retryAfter?: string | null;
}

/** Longer than any answer the test accepts: a request still open by then counts as hanging. */
const GIVE_UP_MS = 15_000;

/** A JSON request that never throws: a refused connection or a hang is an outcome too. */
export async function timedRequest(url: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { id?: number; message?: string };
    return {
      status: response.status,
      ms: Date.now() - startedAt,
      startedAt,
      id: body.id,
      message: body.message,
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    return { status: 'no answer', ms: Date.now() - startedAt, startedAt, message: String(error) };
  }
}

/**
 * `clients` loops, each sending one write after another until `stop()`; every outcome is kept,
 * so the test can compare the acknowledged writes with what the database holds.
 */
export class WriteLoad {
  readonly outcomes: Outcome[] = [];
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(clients: number, send: (client: number, n: number) => Promise<Outcome>) {
    this.loops = Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; this.running; n++) {
        const outcome = await send(client, n);
        this.outcomes.push(outcome);
        // A refused write comes back at once; a short pause keeps the loop from spinning.
        if (outcome.status !== 201) await new Promise((r) => setTimeout(r, 20));
      }
    });
  }

  /** Ends the loops after their current request and waits for them. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Outcomes of requests sent between two moments. */
  startedBetween(from: number, to: number): Outcome[] {
    return this.outcomes.filter((o) => o.startedAt >= from && o.startedAt < to);
  }
}
