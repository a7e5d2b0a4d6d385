// Damage from a natural disaster or a fire: one ground, paid once a year (Decree 523; 2014 rules: ≤ 50 МРП).
import { flag, iff, lit, max } from '../expr';
import { annual, mrpAmount } from './amount';

/** Natural-disaster or fire damage, ₸ a year: the larger ceiling that applies, once (a household with both is paid once). */
export const damage = annual(
	'local.damage',
	'natural disaster or fire damage, one payment a year',
	max(iff(flag('disaster_damage'), mrpAmount('disaster'), lit(0)), iff(flag('fire_damage'), mrpAmount('fire'), lit(0)))
);
