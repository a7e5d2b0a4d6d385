// Loads are transactions: each gets a token, the latest one wins, and an earlier one is cancelled when a newer
// one begins (or when the user cancels). A token passes its commit point once, just before it changes anything
// the user sees or the engine holds; after that it can no longer be cancelled and finishes as one unit.

/** Thrown (or rejected with) when a load was cancelled or superseded: never shown as a failure. */
export class LoadCancelled extends Error {
	constructor(readonly reason: 'cancelled' | 'superseded' = 'cancelled') {
		super(`The load was ${reason}.`);
		this.name = 'LoadCancelled';
	}
}

/** True for the error a cancelled load ends with. */
export const isCancelled = (e: unknown): e is LoadCancelled => e instanceof LoadCancelled;

/** One load: its number, an abort signal that fires when it is cancelled, and its commit point. */
export class LoadToken {
	private readonly controller = new AbortController();
	private committed = false;

	constructor(
		readonly id: number,
		private readonly tokens: LoadTokens
	) {}

	/** Fires when this load is cancelled or superseded (readers stop, workers end). */
	get signal(): AbortSignal {
		return this.controller.signal;
	}

	/** True while this is the latest load and it has not been cancelled. */
	get current(): boolean {
		return !this.controller.signal.aborted && this.tokens.isLatest(this);
	}

	/** Throws `LoadCancelled` unless this load is still the one wanted. */
	check(): void {
		if (!this.current)
			throw this.controller.signal.reason instanceof LoadCancelled ? this.controller.signal.reason : new LoadCancelled('superseded');
	}

	/**
	 * Passes the commit point: from here on the load changes what the engine holds or the user sees, so it can no
	 * longer be cancelled (a newer load then runs after it). Throws `LoadCancelled` when it is too late.
	 */
	commit(): void {
		this.check();
		this.committed = true;
	}

	/** Cancels this load unless it already committed; returns whether it was cancelled. */
	cancel(reason: 'cancelled' | 'superseded' = 'cancelled'): boolean {
		if (this.committed || this.controller.signal.aborted) return false;
		this.controller.abort(new LoadCancelled(reason));
		return true;
	}
}

/** Hands out load tokens: beginning one supersedes (cancels) the one before. */
export class LoadTokens {
	private count = 0;
	private latest: LoadToken | null = null;

	/** A token for a new load; the previous load is cancelled as superseded. */
	begin(): LoadToken {
		this.latest?.cancel('superseded');
		this.latest = new LoadToken(++this.count, this);
		return this.latest;
	}

	/** Cancels the latest load (the Cancel button); returns whether there was one to cancel. */
	cancel(): boolean {
		return this.latest?.cancel('cancelled') ?? false;
	}

	/** True when `token` is the latest load begun. */
	isLatest(token: LoadToken): boolean {
		return this.latest === token;
	}
}

/** Rejects with the signal's `LoadCancelled` as soon as it fires, else settles as `promise` does. */
export function untilCancelled<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise<T>((resolve, reject) => {
		const stop = () => reject(signal.reason);
		signal.addEventListener('abort', stop, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
	});
}
