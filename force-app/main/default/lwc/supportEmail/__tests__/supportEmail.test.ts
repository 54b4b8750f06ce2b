import { EMAIL_SUBJECT_MAX, MAILTO_MAX, emailBody, emailSubject, mailtoLink, singleLine } from 'c/supportEmail';

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
