// "My cases" or "My company's cases": remembered for the signed-in customer (supportSessionStore).
import { readOwn, writeOwn } from 'c/supportSessionStore';
import type { CasesView, Scope } from './casesView';

const SCOPE_KEY = 'supportCases.scope';

/** Where the list starts when the URL says nothing: `base` (the builder's status) with the customer's last scope. */
export function startView(base: CasesView): CasesView {
    return { ...base, scope: readOwn(SCOPE_KEY) === 'MINE' ? 'MINE' : base.scope };
}

export function rememberScope(scope: Scope): void {
    writeOwn(SCOPE_KEY, scope);
}
