import { findSecrets, withoutSecrets } from '../secrets';

const KEY = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----';

describe('findSecrets', () => {
    it('finds a PEM private key block whole, or to the end when it is cut off', () => {
        const text = `Our key:\n${KEY}\nThanks`;
        expect(findSecrets(text)).toEqual([{ kind: 'privateKey', start: 9, end: 9 + KEY.length }]);
        expect(findSecrets('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl')).toEqual([
            { kind: 'privateKey', start: 0, end: 40 }
        ]);
    });

    it('finds the value of a password or secret written as an assignment, in English and German', () => {
        for (const [text, secret] of [
            ['password: hunter2', 'hunter2'],
            ['the admin pwd=S3cr3t! worked before', 'S3cr3t!'],
            ['Passwort = "mein geheimes"', '"mein geheimes"'],
            ["client_secret: 'abc def'", "'abc def'"],
            ['API-Key=0123456789abcdef', '0123456789abcdef']
        ]) {
            const [finding] = findSecrets(text);
            expect(finding.kind).toBe('password');
            expect(text.slice(finding.start, finding.end)).toBe(secret);
        }
    });

    it('finds tokens by the shapes their issuers publish', () => {
        for (const token of [
            'AKIAIOSFODNN7EXAMPLE',
            `ghp_${'a'.repeat(36)}`,
            'xoxb-1234567890-abcdefghij',
            'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'
        ]) {
            expect(findSecrets(`token ${token} here`)).toEqual([{ kind: 'token', start: 6, end: 6 + token.length }]);
        }
        const bearer = 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345';
        expect(bearer.slice(findSecrets(bearer)[0].start)).toBe('abcdefghijklmnopqrstuvwxyz012345');
    });

    it('leaves what only talks about secrets, and public keys and certificates', () => {
        for (const text of [
            'The password reset does not work.',
            'Where is the private key stored?',
            'password:',
            'password: [removed], pwd=<hidden>, Passwort: ***',
            '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
            '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----',
            'Case 00001026, PIN 48210937, AKIA is a prefix'
        ]) {
            expect(findSecrets(text)).toEqual([]);
        }
    });

    it('lists findings in order, each once, a password inside a key block counted as the key', () => {
        const text = `password=one then ${KEY.replace('MIIEowIBAAKCAQEA7x', 'password=two')} and AKIAIOSFODNN7EXAMPLE`;
        expect(findSecrets(text).map((finding) => finding.kind)).toEqual(['password', 'privateKey', 'token']);
    });
});

describe('withoutSecrets', () => {
    it('replaces each secret and keeps every other word', () => {
        expect(withoutSecrets(`Login: admin, password: hunter2. Key:\n${KEY}\nBye`, '[removed]')).toBe(
            'Login: admin, password: [removed]. Key:\n[removed]\nBye'
        );
        expect(withoutSecrets('Nothing secret here.', '[removed]')).toBe('Nothing secret here.');
    });
});
