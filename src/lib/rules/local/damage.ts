// Damage from a natural disaster or a fire: one-time payment per household (Decree 523; 2014 example ≤ 50 МРП).
import { flag, iff, lit } from '../expr';
import { annual, mrpAmount } from './amount';

/** Natural-disaster damage, ₸ a year. */
export const disaster = annual('local.disaster', 'disaster damage', iff(flag('disaster_damage'), mrpAmount('disaster'), lit(0)));

/** Fire damage, ₸ a year. */
export const fire = annual('local.fire', 'fire damage', iff(flag('fire_damage'), mrpAmount('fire'), lit(0)));
