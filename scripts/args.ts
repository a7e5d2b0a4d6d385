// Command-line arguments shared by the scripts.

/** Reads `--name value` or `--name=value` from `args`; null when absent or empty. */
export function arg(args: string[], name: string): string | null {
	const eq = args.find((a) => a.startsWith(`--${name}=`));
	if (eq) return eq.slice(name.length + 3) || null;
	const i = args.indexOf(`--${name}`);
	const v = i >= 0 ? args[i + 1] : undefined;
	return v && !v.startsWith('--') ? v : null;
}
