// Value kinds with the hard bounds a scenario may not leave (sane limits, not policy limits).
import type { ValueKind } from '../parameter';

/** A share of something (0.7 = 70 %); up to 10 so that "ten times the line" can still be explored. */
export const SHARE: ValueKind = { type: 'number', nullable: false, min: 0, max: 10 };

/** An amount in МРП (a share of the monthly calculation index). */
export const MRP_AMOUNT: ValueKind = { type: 'number', nullable: false, min: 0, max: 10_000 };

/** A monthly tenge amount such as a subsistence minimum. */
export const KZT_MONTHLY: ValueKind = { type: 'number', nullable: false, min: 0, max: 10_000_000 };

/** An annual budget in tenge. */
export const KZT_BUDGET: ValueKind = { type: 'number', nullable: false, min: 0, max: 1e13 };

/** An age in completed years. */
export const AGE: ValueKind = { type: 'integer', nullable: false, min: 0, max: 120 };

/** A true/false switch. */
export const BOOL: ValueKind = { type: 'boolean', nullable: false };

/** A count limit where null means "no test". */
export const COUNT_OR_NULL: ValueKind = { type: 'integer', nullable: true, min: 0, max: 100 };

/** A number with the given bounds, optionally nullable. */
export function numberKind(min: number, max: number, nullable = false): ValueKind {
	return { type: 'number', nullable, min, max };
}

/** An integer with the given bounds, optionally nullable. */
export function integerKind(min: number, max: number, nullable = false): ValueKind {
	return { type: 'integer', nullable, min, max };
}

/** One of the given strings. */
export function enumKind(options: readonly string[]): ValueKind {
	return { type: 'enum', nullable: false, options };
}
