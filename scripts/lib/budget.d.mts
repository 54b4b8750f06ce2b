// Types of budget.mjs for the TypeScript browser tests.
export interface ServerCall {
    name: string;
    start: number;
    end?: number;
}
export type BudgetPage = 'home' | 'cases' | 'createCase' | 'casePage';
export const BUDGET: Record<BudgetPage, { calls: number; waves: number; afterReady?: string[] }> & {
    interactionMs: number;
};
export const PAGE_SIZE_BUDGET_KB: Record<string, { ready: number; opened?: number }>;
export function waves(calls: ServerCall[]): number;
export function pageBudgetProblems(page: BudgetPage, calls: ServerCall[]): string[];
