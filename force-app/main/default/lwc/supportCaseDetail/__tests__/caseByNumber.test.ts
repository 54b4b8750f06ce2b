import { caseIdFrom } from '../caseByNumber';

// What the case page reads from the by-number query's answer: the one case's Id, or nothing for any
// answer that does not hold one (no data, an answer cut short at any level, no case found).
describe('caseIdFrom', () => {
    const answer = (edges: unknown) => ({ uiapi: { query: { Case: { edges } } } });

    it('reads the Id of the case found', () => {
        expect(caseIdFrom(answer([{ node: { Id: '500DEMO0000000001AAA' } }]))).toBe('500DEMO0000000001AAA');
    });

    it('reads the first when more than one came back', () => {
        expect(caseIdFrom(answer([{ node: { Id: '500A' } }, { node: { Id: '500B' } }]))).toBe('500A');
    });

    it.each([
        ['no data', undefined],
        ['null', null],
        ['no uiapi', {}],
        ['no query', { uiapi: {} }],
        ['no Case', { uiapi: { query: {} } }],
        ['no edges', { uiapi: { query: { Case: {} } } }],
        ['no case found', answer([])]
    ])('reads nothing from an answer with %s', (_, data) => {
        expect(caseIdFrom(data)).toBeUndefined();
    });
});
