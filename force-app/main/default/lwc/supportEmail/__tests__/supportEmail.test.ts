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
});
