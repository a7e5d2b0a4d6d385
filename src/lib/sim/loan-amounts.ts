// The loan test by amount reads `loans_received_quarter_kzt`; a dataset without any amount falls back, household by
// household, on the yes/no column `non_mortgage_loan`, and the result says so.
import type { Db } from '../db/db';
import type { ParamValues } from '../rules/parameter';
import { loanAmountTestOn } from '../rules/tsa/assets';

/** The notice of a scenario that tests loans by amount on a dataset holding no loan amount. */
export const NO_LOAN_AMOUNTS_NOTICE =
	'tsa.assets.loan_limit_pm_per_member_quarter sets a loan limit by amount, but the dataset has no `loans_received_quarter_kzt` values: ' +
	'any non-mortgage loan (`non_mortgage_loan`) refused TSA instead.';

/** NO_LOAN_AMOUNTS_NOTICE when `params` test loans by amount and `hasAmounts` is false, else null. */
export function loanAmountsNotice(params: ParamValues, hasAmounts: boolean): string | null {
	return loanAmountTestOn(params) && !hasAmounts ? NO_LOAN_AMOUNTS_NOTICE : null;
}

/** `loanAmountsNotice` for the installed `hh` table (no query while the amount test is off). */
export async function queryLoanAmountsNotice(db: Db, params: ParamValues): Promise<string | null> {
	if (!loanAmountTestOn(params)) return null;
	const [row] = await db.query('SELECT count(loans_received_quarter_kzt) AS n FROM hh');
	return loanAmountsNotice(params, Number(row?.n ?? 0) > 0);
}
