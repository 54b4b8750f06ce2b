import {
    EMAIL_SUBJECT_MAX,
    MAILTO_MAX,
    emailBody,
    emailSubject,
    mailtoLink,
    pinFromSubject,
    pinsInSubject,
    compactSubject,
    subjectMentionsPin,
    subjectNamesPin,
    singleLine
} from 'c/supportEmail';
import incoming from './data/incomingSubjects.json';

describe('email to support', () => {
    it('puts the PIN first in the subject, as the policy’s example does', () => {
        expect(emailSubject('345', 'Workflow Stopped Unexpectedly')).toBe('PIN 345 Workflow Stopped Unexpectedly');
    });

    it('keeps the subject on one line', () => {
        expect(emailSubject('12345678', 'Workflow\r\nstopped\n\tagain  ')).toBe('PIN 12345678 Workflow stopped again');
        expect(singleLine(' a \u2028 b ')).toBe('a b');
        expect(singleLine(undefined)).toBe('');
    });

    it('keeps Unicode intact', () => {
        expect(emailSubject('12345678', 'Größe ändern — 日本語 🚨')).toBe('PIN 12345678 Größe ändern — 日本語 🚨');
    });

    it('cuts a very long summary at a character boundary with an ellipsis', () => {
        const subject = emailSubject('12345678', '🚨'.repeat(400));
        expect(Array.from(subject)).toHaveLength(EMAIL_SUBJECT_MAX);
        expect(subject.startsWith('PIN 12345678 🚨')).toBe(true);
        expect(subject.endsWith('🚨…')).toBe(true);
        expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone surrogate
    });

    it('keeps a subject of exactly the maximum length whole, and cuts one character more', () => {
        const fits = 'x'.repeat(EMAIL_SUBJECT_MAX - 'PIN 12345678 '.length);
        expect(emailSubject('12345678', fits)).toBe(`PIN 12345678 ${fits}`);
        const cut = emailSubject('12345678', `${fits}y`);
        expect(cut).toHaveLength(EMAIL_SUBJECT_MAX);
        expect(cut).toBe(`PIN 12345678 ${fits.slice(0, -1)}…`);
    });

    it('leaves no space before the ellipsis when the cut falls after a word', () => {
        // The 149th character, the last one kept, is the space after the first word.
        const first = 'a'.repeat(EMAIL_SUBJECT_MAX - 1 - 'PIN 12345678 '.length - 1);
        const subject = emailSubject('12345678', `${first} ${'b'.repeat(200)}`);
        expect(subject).toBe(`PIN 12345678 ${first}…`);
    });

    it('builds the body with company, contact, phone, product and details', () => {
        const body = emailBody({
            company: 'Acme Corp',
            contactName: 'Dana Scully',
            contactPhone: '+1 202 555 0100',
            product: 'Secret Server',
            details: 'Workflow stopped.\r\nSince 09:00.'
        });
        expect(body).toBe(
            [
                'Company: Acme Corp',
                'Contact name: Dana Scully',
                'Contact phone: +1 202 555 0100',
                'Product: Secret Server',
                '',
                'Details of the issue:',
                'Workflow stopped.\nSince 09:00.'
            ].join('\n')
        );
        expect(emailBody({})).toContain('Company: \n');
    });

    it('leaves the details empty when there are none, and writes every line break as one', () => {
        expect(emailBody({}).endsWith('Details of the issue:\n')).toBe(true);
        const body = emailBody({ details: '\n  Stopped.\rOld Mac line.\r\nWindows line.\n\n' });
        expect(body.endsWith('Details of the issue:\nStopped.\nOld Mac line.\nWindows line.')).toBe(true);
    });

    it('encodes the mailto link per RFC 6068, with CRLF line breaks', () => {
        const mail = mailtoLink('PIN 345 Workflow & more?', 'Line one\nLine two #2');
        expect(mail.href).toBe(
            'mailto:support@thycotic.com?subject=PIN%20345%20Workflow%20%26%20more%3F&body=Line%20one%0D%0ALine%20two%20%232'
        );
        expect(mail.truncated).toBe(false);
        expect(mail.body).toBe('Line one\nLine two #2');
        const decoded = new URL(mail.href);
        expect(decodeURIComponent(decoded.search)).toContain('subject=PIN 345 Workflow & more?');
    });

    it('shortens a body that would make the link too long, and says so', () => {
        const mail = mailtoLink('PIN 1 x', 'ü'.repeat(5000));
        expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX);
        expect(mail.truncated).toBe(true);
        expect(mail.body.endsWith('…')).toBe(true);
        expect(mail.href.endsWith(encodeURIComponent('…'))).toBe(true);
    });

    it('keeps a link of exactly the maximum length whole', () => {
        const head = 'mailto:support@thycotic.com?subject=s&body=';
        const body = 'a'.repeat(MAILTO_MAX - head.length);
        const mail = mailtoLink('s', body);
        expect(mail.href).toHaveLength(MAILTO_MAX);
        expect(mail.truncated).toBe(false);
        expect(mail.body).toBe(body);
    });

    it.each([
        ['umlauts', 'ü'],
        ['emoji', '🚨'],
        ['lines', 'line\n']
    ])('keeps as much of a long body of %s as fits, from its start, and the link carries it', (_kind, unit) => {
        const original = unit.repeat(3000);
        const mail = mailtoLink('PIN 12345678 Workflow stopped', original);
        // Within one encoded character (at most 12 bytes) of the limit.
        expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX);
        expect(mail.href.length).toBeGreaterThan(MAILTO_MAX - 12);
        expect(original.startsWith(mail.body.slice(0, -1))).toBe(true);
        const sent = decodeURIComponent(mail.href.slice(mail.href.indexOf('&body=') + '&body='.length));
        expect(sent).toBe(mail.body.replace(/\n/g, '\r\n'));
    });

    it('gives up the whole body, not the link, when the subject alone is too long', () => {
        const mail = mailtoLink('x'.repeat(MAILTO_MAX), 'Workflow stopped.');
        expect(mail.truncated).toBe(true);
        expect(mail.body).toBe('…');
    });

    it('sends to another address when asked', () => {
        expect(mailtoLink('s', 'b', 'help@example.com').href.startsWith('mailto:help@example.com?')).toBe(true);
    });
});

describe('the PIN an email subject carries', () => {
    it.each([
        ['PIN 34512345 Workflow Stopped Unexpectedly', '34512345'],
        ['RE: FW: PIN 34512345 Workflow stopped', '34512345'],
        ['Workflow stopped, PIN: 34512345, please help', '34512345'],
        ['pin#34512345 lower case, no space', '34512345'],
        ['PIN34512345 no space at all', '34512345'],
        ['PIN 3451 2345 read out in groups', '34512345'],
        ['PIN 3451-2345 with a dash', '34512345'],
        ['Cloud outage PIN p0a1b2c3d4e5f', 'p0a1b2c3d4e5f'],
        ['Cloud outage PIN P0A1B2C3D4E5F in capitals', 'p0a1b2c3d4e5f'],
        ['Full-width digits PIN ３４５１２３４５', '34512345'],
        ['Sicherheitsproblem – PIN 34512345 – Ärger mit Ümlauten', '34512345']
    ])('finds the PIN in “%s”', (subject, pin) => {
        expect(pinFromSubject(subject)).toBe(pin);
    });

    it.each([
        ['No PIN here at all'],
        ['SPINNING 34512345 is not a PIN'],
        ['PIN 345123456 has nine digits'],
        ['PIN 3451234 has seven'],
        ['PIN p0a1b2c3d4e5 is a privileged PIN one character short'],
        ['PIN pilot 34512345: the word after PIN is not a PIN'],
        ['']
    ])('finds none in “%s”', (subject) => {
        expect(pinFromSubject(subject)).toBe('');
    });

    it('names every PIN of a subject with several, in order; the first is the one used', () => {
        expect(pinsInSubject('PIN 11112222 and also PIN 33334444')).toEqual(['11112222', '33334444']);
        expect(pinFromSubject('PIN 11112222 and also PIN 33334444')).toBe('11112222');
    });

    it('reads a very long subject, and what it writes round-trips', () => {
        const long = `${'word '.repeat(2000)}PIN 34512345 ${'tail '.repeat(2000)}`;
        expect(pinFromSubject(long)).toBe('34512345');
        expect(pinFromSubject(emailSubject('p0a1b2c3d4e5f', 'Cloud database unreachable'))).toBe('p0a1b2c3d4e5f');
        expect(pinFromSubject(emailSubject('34512345', 'x'.repeat(500)))).toBe('34512345');
    });
});

describe("the server's rule for an incoming email (the flow Support_Case_Email_PIN)", () => {
    it.each(incoming.subjects.map((row) => [row.subject, row]))('reads “%s” as the flow does', (subject, row) => {
        expect(subjectMentionsPin(subject)).toBe(row.mentions);
        expect(incoming.pins.filter((pin) => subjectNamesPin(subject, pin))).toEqual(row.names);
    });

    it('reads a subject as the flow compacts it', () => {
        expect(compactSubject('RE: PIN 3451-2345 #7')).toBe('repin345123457');
    });

    it('reads an email without a subject as empty: it names no PIN', () => {
        expect(compactSubject(null)).toBe('');
        expect(subjectMentionsPin(undefined)).toBe(false);
        expect(pinsInSubject(null)).toEqual([]);
    });
});
