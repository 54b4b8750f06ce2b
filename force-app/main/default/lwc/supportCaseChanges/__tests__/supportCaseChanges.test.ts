import { noteCasesChanged, takeCasesChanged } from 'c/supportCaseChanges';

describe('c/supportCaseChanges', () => {
    afterEach(() => {
        window.sessionStorage.clear();
    });

    it('says nothing changed until a case is filed', () => {
        expect(takeCasesChanged()).toBe(false);
    });

    it('answers true once per filed case, then false until the next', () => {
        noteCasesChanged(new Date('2026-11-23T10:00:00Z'));
        expect(takeCasesChanged()).toBe(true);
        expect(takeCasesChanged()).toBe(false);
        noteCasesChanged(new Date('2026-11-23T10:05:00Z'));
        expect(takeCasesChanged()).toBe(true);
        expect(takeCasesChanged()).toBe(false);
    });

    it("ignores another user's note in the tab", () => {
        window.sessionStorage.setItem(
            'c-support-cases:changed',
            JSON.stringify({ owner: '005OTHER000000000', value: '1' })
        );
        expect(takeCasesChanged()).toBe(false);
    });

    it('works without session storage', () => {
        const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
            throw new Error('denied');
        });
        const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
            throw new Error('denied');
        });
        expect(() => noteCasesChanged()).not.toThrow();
        expect(takeCasesChanged()).toBe(false);
        getItem.mockRestore();
        setItem.mockRestore();
    });
});
