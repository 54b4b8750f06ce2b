// "My cases", "My company's cases" or "Cases I follow": remembered for the signed-in customer (supportSessionStore).
import { readOwn, writeOwn } from 'c/supportSessionStore';
import { SCOPES } from './casesView';
import type { CasesView, Scope } from './casesView';

const SCOPE_KEY = 'supportCases.scope';

/** Where the list starts when the URL says nothing: `base` (the builder's status) with the customer's last scope. */
export function startView(base: CasesView): CasesView {
    const scope = readOwn(SCOPE_KEY) as Scope;
    return { ...base, scope: SCOPES.includes(scope) ? scope : base.scope };
}

export function rememberScope(scope: Scope): void {
    writeOwn(SCOPE_KEY, scope);
}
