import { createRecord } from 'lightning/uiRecordApi';
import { NOW } from 'test-helpers';
import { focusPanelOrOpener, showsCloudActions } from '../panel';
import { coverageOn, currentPinRows, validPins } from '../pinList';
import { storePin } from '../storePin';

// The PIN bar's logic called directly: what the component's tests never feed it (no mode set, a
// template not rendered, PINs repeated or expired, a license with an impossible date, a save that
// answers no fields).

const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const pin = (value: string, expiresAt: string, kind: 'standard' | 'privileged' = 'standard') => ({
    id: `a02${value}`,
    pin: value,
    kind,
    expiresAt
});

describe('showsCloudActions', () => {
    it.each([
        [undefined, 'Secret Server Cloud', true],
        [undefined, 'Secret Server', false],
        ['auto', 'Secret Server Cloud', true],
        ['cloud', 'Secret Server', true],
        ['Standard', 'Secret Server Cloud', false]
    ])('mode %j with %s on file: cloud actions %s', (mode, product, shown) => {
        expect(showsCloudActions(mode, product)).toBe(shown);
    });
});

describe('focusPanelOrOpener', () => {
    afterEach(() => document.body.replaceChildren());

    function root(...classes: string[]): HTMLElement {
        const div = document.createElement('div');
        for (const name of classes) {
            const button = document.createElement('button');
            button.className = name;
            div.appendChild(button);
        }
        document.body.appendChild(div);
        return div;
    }
    const focused = () => (document.activeElement as HTMLElement).className;

    it('focuses the action that opened the panel, else the Tech Support PIN action', () => {
        const both = root('tech-pin', 'privileged-pin');
        focusPanelOrOpener(both as never, 'privileged-pin');
        expect(focused()).toBe('privileged-pin');
        focusPanelOrOpener(both as never, undefined);
        expect(focused()).toBe('tech-pin');
        // The privileged action is gone while its PIN is valid.
        const techOnly = root('tech-pin');
        focusPanelOrOpener(techOnly as never, 'privileged-pin');
        expect(focused()).toBe('tech-pin');
    });

    it('does nothing before the template is there, or when it has nothing to focus', () => {
        expect(() => focusPanelOrOpener(null, 'tech-pin')).not.toThrow();
        expect(() => focusPanelOrOpener(root() as never, 'tech-pin')).not.toThrow();
    });
});

describe('validPins and currentPinRows', () => {
    const later = '2026-11-23T18:00:00.000Z';

    it('lists each still-valid PIN once, the one just issued first', () => {
        const issued = pin('48210937', later);
        const stored = [
            pin('11112222', '2026-11-22T17:59:59.000Z'),
            { ...issued, id: 'a02OTHER' },
            pin('33334444', later)
        ];
        expect(validPins(issued, stored, NOW)).toEqual([issued, stored[2]]);
        expect(validPins(undefined, stored, NOW)).toEqual([stored[1], stored[2]]);
    });

    it('names each row by its kind and until when it is valid', () => {
        const rows = currentPinRows([pin('48210937', later), pin('p7k2m9xq4rtvw', later, 'privileged')]);
        expect(rows.map(({ kind, pin: value }) => [kind, value])).toEqual([
            ['Tech Support PIN:', '48210937'],
            ['Privileged PIN:', 'p7k2m9xq4rtvw']
        ]);
        expect(rows[0].validUntil).toMatch(/^Valid until /);
    });
});

describe('coverageOn', () => {
    it('proves no coverage with a license whose issue date is impossible, rather than failing', () => {
        const customer = {
            accountId: '001A',
            contactId: '003A',
            product: 'Secret Server',
            userLicenses: 2,
            licenses: [{ quantity: 2, issuedOn: '2026-02-30' }],
            privilegedAccess: false
        };
        expect(coverageOn(customer, NOW)).toMatchObject({
            covered: false,
            userLicenses: 2,
            unexpiredSupportLicenses: 0
        });
        const dated = { ...customer, licenses: [{ quantity: 2, issuedOn: '2026-02-28' }] };
        expect(coverageOn(dated, NOW)).toMatchObject({ covered: true, unexpiredSupportLicenses: 2 });
    });
});

describe('storePin', () => {
    afterEach(() => jest.useRealTimers());

    it('works the expiry out itself when the save answers no fields', async () => {
        jest.useFakeTimers({ now: NOW });
        mockCreateRecord.mockResolvedValue({ id: 'a02NEW' } as never);
        await expect(storePin('standard')).resolves.toMatchObject({
            id: 'a02NEW',
            kind: 'standard',
            expiresAt: '2026-11-29T18:00:00.000Z'
        });
    });
});
