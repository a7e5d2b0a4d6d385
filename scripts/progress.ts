// A progress line for long command-line work (making the national dataset, a bundle): the stage, the share done and
// the time left. On a terminal one line is rewritten in place (\r); otherwise (a log file, CI) a plain line is printed
// when a stage starts and at most once per tenth of it, so logs stay short.

/** Where the lines go: a stream with `write` and, on a terminal, `isTTY`. */
export interface ProgressOutput {
	write(text: string): unknown;
	isTTY?: boolean;
}

/** Options of a progress reporter; `now` (milliseconds) is injectable so tests can run a fake clock. */
export interface ProgressOptions {
	/** Prefix of every line, e.g. `national` or `bundle`. */
	label: string;
	output?: ProgressOutput;
	now?: () => number;
	/** Least time between two rewrites of the terminal line, ms. */
	refreshMs?: number;
	/** The share of the whole work each stage stands for, by stage name (stages not listed count for nothing). */
	weights?: Record<string, number>;
}

/** "1 h 02 min", "3 min 05 s", "42 s". */
export function formatDuration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
	if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
	return `${s} s`;
}

/** Reports stages and the share done of each; the time left is extrapolated from the time spent so far. */
export class Progress {
	private readonly out: ProgressOutput;
	private readonly now: () => number;
	private readonly tty: boolean;
	private readonly refreshMs: number;
	private readonly weights: Record<string, number>;
	private readonly started: number;
	private stageName = '';
	private stageStarted = 0;
	private share = 0;
	/** Weight of the stages already finished. */
	private before = 0;
	private lastDraw = -Infinity;
	private lastTenth = -1;
	private width = 0;

	constructor(private readonly options: ProgressOptions) {
		this.out = options.output ?? process.stderr;
		this.now = options.now ?? (() => Date.now());
		this.tty = this.out.isTTY === true;
		this.refreshMs = options.refreshMs ?? 250;
		this.weights = options.weights ?? {};
		this.started = this.now();
	}

	/** Starts a stage (the previous one counts as finished). */
	stage(name: string): void {
		if (this.stageName) this.before += this.weights[this.stageName] ?? 0;
		this.stageName = name;
		this.stageStarted = this.now();
		this.share = 0;
		this.lastTenth = 0;
		this.emit(true);
	}

	/** Records that `done` of `total` units of the current stage are done. */
	update(done: number, total: number): void {
		this.share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
		const tenth = Math.floor(this.share * 10);
		if (this.tty) {
			if (this.now() - this.lastDraw >= this.refreshMs || this.share === 1) this.emit(false);
		} else if (tenth > this.lastTenth) {
			this.lastTenth = tenth;
			this.emit(false);
		}
	}

	/** Prints a message on a line of its own (on a terminal above the progress line, which is drawn again). */
	note(message: string): void {
		if (!this.tty) {
			this.out.write(`${message}\n`);
			return;
		}
		this.out.write(`\r${message.padEnd(this.width)}\n`);
		this.width = 0;
		if (this.stageName) this.emit(false);
	}

	/** On a terminal, rewrites the line every `ms` while a stage gives no updates (its time so far); returns the stop. */
	heartbeat(ms = 1000): () => void {
		if (!this.tty) return () => {};
		const timer = setInterval(() => this.emit(false), ms);
		timer.unref?.();
		return () => clearInterval(timer);
	}

	/** Ends the work with a last line: `message` and the total time. */
	finish(message: string): void {
		if (this.stageName) this.before += this.weights[this.stageName] ?? 0;
		this.stageName = '';
		const line = `${this.options.label}: ${message} (${formatDuration(this.now() - this.started)} in all)`;
		this.out.write(this.tty ? `\r${line.padEnd(this.width)}\n` : `${line}\n`);
		this.width = 0;
	}

	/** Share of the whole work done: finished stages' weights plus the current stage's part of its own. */
	overall(): number | null {
		const total = Object.values(this.weights).reduce((a, b) => a + b, 0);
		if (total <= 0) return null;
		return (this.before + (this.weights[this.stageName] ?? 0) * this.share) / total;
	}

	/** The line as it would be printed now. */
	line(): string {
		const elapsedStage = this.now() - this.stageStarted;
		const parts = [`${this.options.label}: ${this.stageName} ${Math.floor(this.share * 100)} %`];
		const overall = this.overall();
		if (overall !== null) parts.push(`${Math.floor(overall * 100)} % in all`);
		// Time left: of the whole work when stages are weighted, else of the stage, extrapolated at the pace so far.
		const [done, spent] = overall !== null ? [overall, this.now() - this.started] : [this.share, elapsedStage];
		parts.push(
			done > 0 && done < 1 ? `about ${formatDuration((spent * (1 - done)) / done)} left` : `${formatDuration(elapsedStage)} in this stage`
		);
		return parts.join(' · ');
	}

	private emit(newStage: boolean): void {
		const text = this.line();
		this.lastDraw = this.now();
		if (!this.tty) {
			this.out.write(`${text}\n`);
			return;
		}
		// A new stage keeps the last line of the previous one on screen.
		const prefix = newStage && this.width > 0 ? '\n' : '\r';
		this.out.write(`${prefix}${text.padEnd(newStage ? 0 : this.width)}`);
		this.width = newStage ? text.length : Math.max(this.width, text.length);
	}
}
