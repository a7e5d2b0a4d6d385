// The app's one session, shared by every page through Svelte's context: the root layout creates and starts it,
// so moving between the dashboard, the report and the comparison keeps the dataset and the engine.
import { getContext, setContext } from 'svelte';
import type { Session } from './session.svelte';

const KEY = Symbol('komek-session');

/** Makes `session` the app's session for the calling component and everything under it (the root layout). */
export function provideSession(session: Session): Session {
	return setContext(KEY, session);
}

/** The app's session; throws when no layout above the calling component provided one. */
export function useSession(): Session {
	const session = getContext<Session | undefined>(KEY);
	if (!session) throw new Error('no session: the root layout provides it (provideSession)');
	return session;
}
