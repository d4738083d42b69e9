import type { AuthState } from '../../core/types.js';

/** Stable selectors for useAuthState: module-level, so their identity never changes. */
export const selectUserSub = (state: AuthState): string | null => state.session?.user.sub ?? null;
