// The jest mock of lightning/graphql refuses what Lightning Data Service refuses: a variable whose
// value is undefined (the Cases tab's All view once sent `where: undefined`).
import { graphql } from 'lightning/graphql';

interface MockAdapter {
    new (dataCallback: (value: unknown) => void): { update(config: unknown): void };
    takeRefusals(): string[];
    assertNoRefusals(): void;
    getLastConfig(): { variables: Record<string, unknown> };
}
const adapter = graphql as unknown as MockAdapter;

function wireWith(variables: unknown): void {
    new adapter(() => undefined).update({ query: 'query supportCases($where: Case_Filter) { x }', variables });
}

describe('the lightning/graphql mock', () => {
    it('refuses an undefined variable in LDS words, and still records the config', () => {
        wireWith({ where: undefined, first: 25 });
        expect(adapter.takeRefusals()).toEqual(['Variable $where has an undefined value provided for it.']);
        expect(adapter.getLastConfig().variables).toHaveProperty('first', 25);
    });

    it('takes the empty filter, null and ordinary values', () => {
        wireWith({ where: {}, after: null, first: 25, search: '' });
        wireWith(undefined);
        expect(adapter.takeRefusals()).toEqual([]);
    });

    it('fails the test that sent one: the check run after each test throws, naming the variable', () => {
        wireWith({ caseId: undefined });
        expect(() => adapter.assertNoRefusals()).toThrow(
            'A graphql wire was given an undefined variable, which LDS refuses: Variable $caseId has an undefined value provided for it.'
        );
        expect(() => adapter.assertNoRefusals()).not.toThrow();
    });
});
