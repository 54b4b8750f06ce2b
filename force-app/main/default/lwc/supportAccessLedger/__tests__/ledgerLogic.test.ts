import { csvDone, csvNext, csvStart, csvVariables, ledgerPage, pageVariables } from '../ledgerQuery';
import type { LedgerPage } from '../ledgerQuery';
import { downloadFile } from '../csvDownload';
import {
    isActive,
    kindWord,
    ledgerPinOf,
    ledgerVerificationOf,
    pinRowOf,
    shownText,
    timeLeft,
    verdictWord,
    verificationRowOf
} from '../ledgerView';
import ledger from './data/ledger.json';

const NOW = new Date('2026-11-22T18:00:00.000Z');
const range = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' };

function page(overrides: Partial<LedgerPage> = {}): LedgerPage {
    return { ...ledgerPage(ledger), ...overrides };
}

describe('ledger query', () => {
    it('reads both lists of an answer', () => {
        const read = ledgerPage(ledger);
        expect(read.pins.map((pin) => pin.Id)).toHaveLength(5);
        expect([read.pinTotal, read.pinsMore, read.verificationTotal, read.verificationsMore]).toEqual([
            7,
            true,
            2,
            false
        ]);
    });

    it('asks the page for every PIN and verification the customer reads', () => {
        expect(pageVariables(25, 50)).toEqual({
            pinWhere: {},
            pinFirst: 25,
            verificationWhere: {},
            verificationFirst: 50
        });
    });

    it('reads a CSV range from its end, down to the last time read, until both lists end', () => {
        const start = csvStart(range);
        expect(start).toEqual({ range, pinsUpTo: range.to, verificationsUpTo: range.to });
        expect(csvDone(start)).toBe(false);
        // PINs have more: go on from the last PIN's issue time; verifications ended.
        const next = csvNext(start, page(), new Set());
        expect(next).toEqual({ range, pinsUpTo: '2026-11-08T09:00:00.000Z', verificationsUpTo: null });
        expect(csvDone(next)).toBe(false);
        expect(csvVariables(next).verificationWhere).toEqual({ Id: { eq: null } });
        // Nothing new in the answer: done, even if the server says there is more.
        const seen = new Set(page().pins.map((pin) => pin.Id));
        expect(csvNext(next, page(), seen).pinsUpTo).toBeNull();
        // A list already done stays done.
        expect(csvNext({ ...next, pinsUpTo: null }, page(), new Set()).pinsUpTo).toBeNull();
        // No rows, or a last row without a time: done.
        expect(csvNext(start, page({ pins: [] }), new Set()).pinsUpTo).toBeNull();
        const untimed = page({ pins: [{ Id: 'x', Issued_At__c: { value: null } }] });
        expect(csvNext(start, untimed, new Set()).pinsUpTo).toBeNull();
        // Rows that end at the upper end itself: asking again would ask the same; done.
        expect(csvNext({ ...start, pinsUpTo: '2026-11-08T09:00:00.000Z' }, page(), new Set()).pinsUpTo).toBeNull();
        expect(csvDone({ range, pinsUpTo: null, verificationsUpTo: null })).toBe(true);
        expect(csvDone({ range, pinsUpTo: null, verificationsUpTo: range.to })).toBe(false);
    });

    it('reads verifications on while they have more', () => {
        const more = page({ verificationsMore: true });
        expect(csvNext(csvStart(range), more, new Set()).verificationsUpTo).toBe('2026-11-16T08:30:00.000Z');
    });

    it('reads on while any row of the answer is new, and stops at a last row without a time', () => {
        const [first] = page().pins;
        expect(csvNext(csvStart(range), page(), new Set([first.Id])).pinsUpTo).toBe('2026-11-08T09:00:00.000Z');
        const untimed = page({ pins: [first, { Id: 'x' }], verifications: [{ Id: 'v' }], verificationsMore: true });
        expect(csvNext(csvStart(range), untimed, new Set())).toEqual({
            range,
            pinsUpTo: null,
            verificationsUpTo: null
        });
    });

    it('asks nothing more of a list read to its end, and the rest of the range of the other', () => {
        const variables = csvVariables({ range, pinsUpTo: null, verificationsUpTo: '2026-11-16T08:30:00.000Z' });
        expect(variables.pinWhere).toEqual({ Id: { eq: null } });
        expect(variables.verificationWhere).toEqual({
            and: [
                { CreatedDate: { gte: { value: range.from }, lt: { value: range.to } } },
                { CreatedDate: { lte: { value: '2026-11-16T08:30:00.000Z' } } }
            ]
        });
        expect(csvVariables({ range, pinsUpTo: range.to, verificationsUpTo: null }).pinWhere).toEqual({
            and: [
                {
                    or: [
                        { Issued_At__c: { gte: { value: range.from }, lt: { value: range.to } } },
                        { Revoked_At__c: { gte: { value: range.from }, lt: { value: range.to } } }
                    ]
                },
                { Issued_At__c: { lte: { value: range.to } } }
            ]
        });
    });
});

describe('ledger in words', () => {
    it('says how long a PIN has left, to the minute', () => {
        expect(timeLeft('2026-11-22T23:12:00.000Z', NOW, 'en-US')).toBe('5 h 12 min');
        expect(timeLeft('2026-11-29T10:00:00.000Z', NOW, 'en-US')).toBe('6 d 16 h');
        expect(timeLeft('2026-11-22T18:04:59.000Z', NOW, 'en-US')).toBe('4 min');
        expect(timeLeft('2026-11-22T19:00:00.000Z', NOW, 'en-US')).toBe('1 h 0 min');
        // Under a minute is still "1 min", never "0 min".
        expect(timeLeft('2026-11-22T18:00:30.000Z', NOW, 'en-US')).toBe('1 min');
        expect(timeLeft('2026-11-23T18:00:00.000Z', NOW, 'en-US')).toBe('1 d 0 h');
    });

    it('names a PIN kind as the PIN bar does', () => {
        expect(kindWord('Privileged', 'Secret Server Cloud')).toBe('Privileged PIN');
        expect(kindWord('Standard', 'Secret Server Cloud')).toBe('Tech Support PIN');
        expect(kindWord('Standard', 'Secret Server')).toBe('Support PIN');
        expect(kindWord(null, null)).toBe('Support PIN');
    });

    it('puts each verdict in words, and an unknown one as the org wrote it', () => {
        expect(['Valid', 'Expired', 'Revoked', 'Unknown', 'Ambiguous'].map(verdictWord)).toEqual([
            'Confirmed: the PIN was valid',
            'Refused: the PIN had expired',
            'Refused: access had been ended',
            'Refused: no such PIN',
            'Refused: the PIN matched more than one company'
        ]);
        expect(verdictWord('Later')).toBe('Later');
        expect(verdictWord(null)).toBe('');
    });

    it('counts a PIN active until it expires or ends', () => {
        const [active, , ended, , expired] = ledgerPage(ledger).pins;
        expect([isActive(active, NOW), isActive(ended, NOW), isActive(expired, NOW)]).toEqual([true, false, false]);
        expect(isActive({ Id: 'x' }, NOW)).toBe(false);
        // Expired from the moment it expires.
        expect(isActive({ Id: 'x', Expires_At__c: { value: NOW.toISOString() } }, NOW)).toBe(false);
        expect(isActive({ Id: 'x', Expires_At__c: { value: '2026-11-22T18:00:00.001Z' } }, NOW)).toBe(true);
    });

    it('says how many rows are shown', () => {
        expect(shownText(25, 1234, 'en-US')).toBe('25 of 1,234 shown');
    });

    it('gives the CSV each record with the PIN by its last four and who ended it', () => {
        const [active, , byCustomer, byThycotic] = ledgerPage(ledger).pins;
        expect(ledgerPinOf(active)).toEqual({
            id: 'a0PDEMO0000000001AAA',
            kind: 'Privileged PIN',
            pinLastFour: 'jkmn',
            issuedAt: '2026-11-22T17:12:00.000Z',
            issuedBy: 'Dana Scully',
            revokedAt: '',
            revokedBy: ''
        });
        expect(ledgerPinOf(byCustomer).revokedBy).toBe('Dana Scully');
        expect(ledgerPinOf(byThycotic).revokedBy).toBe('Thycotic');
        const [withCase, withoutCase] = ledgerPage(ledger).verifications;
        expect(ledgerVerificationOf(withCase)).toEqual({
            id: 'a0VDEMO0000000001AAA',
            at: '2026-11-22T16:45:00.000Z',
            engineer: 'Fox Mulder',
            verdict: 'Confirmed: the PIN was valid',
            kind: 'Tech Support PIN',
            pinLastFour: '5678',
            caseNumber: '00001026'
        });
        expect(ledgerVerificationOf(withoutCase).caseNumber).toBe('');
        expect(ledgerVerificationOf({ Id: 'v' })).toMatchObject({ kind: '', pinLastFour: '', at: '', engineer: '' });
    });

    it('shows rows of records with fields left out: nothing on file, an expired PIN, no case', () => {
        expect(pinRowOf({ Id: 'x' }, NOW, 'en-US', 'UTC')).toEqual({
            id: 'x',
            lastFour: '',
            masked: '•••• ',
            kind: 'Support PIN',
            issuedBy: '',
            issued: '',
            expires: '',
            state: 'Expired',
            active: false
        });
        expect(verificationRowOf({ Id: 'v' }, 'en-US', 'UTC')).toEqual({
            id: 'v',
            when: '',
            engineer: '',
            verdict: '',
            masked: '•••• ',
            caseNumber: 'No case',
            caseId: '',
            hasCase: false
        });
        const cutShort = { Id: 'v', Case__r: {}, Support_PIN__r: {} };
        expect(verificationRowOf(cutShort, 'en-US', 'UTC')).toMatchObject({ masked: '•••• ', caseNumber: 'No case' });
        expect(ledgerVerificationOf(cutShort)).toMatchObject({ kind: 'Support PIN', pinLastFour: '', caseNumber: '' });
        expect(ledgerPinOf({ Id: 'x' })).toEqual({
            id: 'x',
            kind: 'Support PIN',
            pinLastFour: '',
            issuedAt: '',
            issuedBy: '',
            revokedAt: '',
            revokedBy: ''
        });
    });

    it('shows a PIN row: who issued it, when, its state; the CSV names no one who ended it unnamed', () => {
        const [active, , byCustomer] = ledgerPage(ledger).pins;
        expect(pinRowOf(active, NOW, 'en-US', 'UTC')).toEqual({
            id: 'a0PDEMO0000000001AAA',
            lastFour: 'jkmn',
            masked: '•••• jkmn',
            kind: 'Privileged PIN',
            issuedBy: 'Dana Scully',
            issued: 'Nov 22, 2026, 5:12 PM',
            expires: 'Nov 22, 2026, 11:12 PM',
            state: 'Active, 5 h 12 min left',
            active: true
        });
        expect(pinRowOf(byCustomer, NOW, 'en-US', 'UTC').state).toBe('Ended by Dana Scully Nov 20, 2026, 3:42 PM');
        const unnamed = {
            Id: 'x',
            Revoked_At__c: { value: '2026-11-20T15:42:00.000Z' },
            Revoked_By_Customer__c: { value: true }
        };
        expect(ledgerPinOf(unnamed).revokedBy).toBe('');
        // Ended, and nothing says by the customer: Thycotic ended it.
        expect(ledgerPinOf({ Id: 'x', Revoked_At__c: { value: '2026-11-20T15:42:00.000Z' } }).revokedBy).toBe(
            'Thycotic'
        );
    });

    it('links a verification to its case only when both the number and the case are on file', () => {
        const [withCase] = ledgerPage(ledger).verifications;
        expect(verificationRowOf(withCase, 'en-US', 'UTC')).toEqual({
            id: 'a0VDEMO0000000001AAA',
            when: 'Nov 22, 2026, 4:45 PM',
            engineer: 'Fox Mulder',
            verdict: 'Confirmed: the PIN was valid',
            masked: '•••• 5678',
            caseNumber: '00001026',
            caseId: '500DEMO0000000001AAA',
            hasCase: true
        });
        // A case out of the customer's reach: its number without a link.
        const numberOnly = { ...withCase, Case__c: undefined };
        expect(verificationRowOf(numberOnly, 'en-US', 'UTC')).toMatchObject({
            caseNumber: '00001026',
            caseId: '',
            hasCase: false
        });
        const idOnly = { ...withCase, Case__r: null };
        expect(verificationRowOf(idOnly, 'en-US', 'UTC')).toMatchObject({
            caseNumber: 'No case',
            caseId: '',
            hasCase: false
        });
    });
});

describe('CSV download', () => {
    afterEach(() => jest.restoreAllMocks());

    it('clicks a hidden link to the file once, then takes it away', () => {
        Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:ledger'), revokeObjectURL: jest.fn() });
        const clicked: { hidden: boolean; download: string; href: string; connected: boolean }[] = [];
        jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
            clicked.push({
                hidden: this.hidden,
                download: this.download,
                href: this.href,
                connected: this.isConnected
            });
        });
        downloadFile('a,b', 'support-access.csv');
        expect(clicked).toEqual([
            { hidden: true, download: 'support-access.csv', href: 'blob:ledger', connected: true }
        ]);
        expect(document.body.childElementCount).toBe(0);
    });
});
