import { readOwn, removeOwn, writeOwn } from 'c/supportSessionStore';

// sfdx-lwc-jest's signed-in user.
const ME = '005000000000000000';

describe('c/supportSessionStore', () => {
    afterEach(() => {
        window.sessionStorage.clear();
        jest.restoreAllMocks();
    });

    it('keeps a value for the signed-in user and gives it back', () => {
        writeOwn('k', { pin: '48210937' });
        expect(readOwn('k')).toEqual({ pin: '48210937' });
        expect(JSON.parse(window.sessionStorage.getItem('k') ?? '{}').owner).toBe(ME);
        removeOwn('k');
        expect(readOwn('k')).toBeUndefined();
    });

    it("discards another user's value unread", () => {
        window.sessionStorage.setItem('k', JSON.stringify({ owner: '005OTHER000000000', value: { pin: '11111111' } }));
        expect(readOwn('k')).toBeUndefined();
        expect(window.sessionStorage.getItem('k')).toBeNull();
    });

    it('discards what it cannot read: an unmarked value, broken JSON', () => {
        window.sessionStorage.setItem('a', JSON.stringify({ pin: '11111111' }));
        window.sessionStorage.setItem('b', '{ not json');
        expect(readOwn('a')).toBeUndefined();
        expect(window.sessionStorage.getItem('a')).toBeNull();
        expect(readOwn('b')).toBeUndefined();
    });

    it('works without session storage', () => {
        jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
            throw new Error('quota');
        });
        jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
            throw new Error('denied');
        });
        expect(() => writeOwn('k', 1)).not.toThrow();
        expect(() => removeOwn('k')).not.toThrow();
    });

    it('keeps nothing and reads nothing when the browser refuses session storage', () => {
        writeOwn('k', { pin: '48210937' });
        // Blocked site data makes reading window.sessionStorage itself throw a SecurityError.
        jest.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
        });
        expect(readOwn('k')).toBeUndefined();
        expect(() => writeOwn('k', { pin: '11111111' })).not.toThrow();
        expect(() => removeOwn('k')).not.toThrow();
        jest.restoreAllMocks();
        expect(readOwn('k')).toEqual({ pin: '48210937' });
    });
});
