// What looks like a secret in text a customer is about to send: a PEM private key block, a
// password or secret written as an assignment, and token shapes whose issuers publish their format.
// A warning, not a verdict: the server refuses only the PEM block (validation rules No_Private_Key).

export type SecretKind = 'privateKey' | 'password' | 'token';

export interface SecretFinding {
    kind: SecretKind;
    /** Where the secret itself starts and ends in the text (for an assignment, its value only). */
    start: number;
    end: number;
}

interface Pattern {
    kind: SecretKind;
    expression: RegExp;
    /** The capture group that holds the secret (0: the whole match). */
    group: number;
}

const PATTERNS: readonly Pattern[] = [
    // PEM: "-----BEGIN RSA PRIVATE KEY-----" ... "-----END RSA PRIVATE KEY-----", or to the end if cut off.
    {
        kind: 'privateKey',
        expression: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
        group: 0
    },
    // "password: hunter2", "pwd=...", "Passwort = ...", "client_secret: ...", "api_key=...": the value, without
    // the sentence's closing punctuation; a value already hidden ("[removed]", "<hidden>", "***") is none.
    {
        kind: 'password',
        expression:
            /\b(?:password|passwd|pwd|passwort|kennwort|secret|client_secret|api[_-]?key)\s*[:=]\s*("[^"\n]+"|'[^'\n]+'|(?![[<(*])[^\s"']*[^\s"'.,;:)])/gi,
        group: 1
    },
    // AWS access key IDs, GitHub tokens, Slack tokens, JSON Web Tokens, bearer tokens.
    { kind: 'token', expression: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, group: 0 },
    { kind: 'token', expression: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, group: 0 },
    { kind: 'token', expression: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, group: 0 },
    { kind: 'token', expression: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, group: 0 },
    { kind: 'token', expression: /\bBearer\s+([A-Za-z0-9\-._~+/]{20,}=*)/g, group: 1 }
];

/** Every secret-looking part of `text`, in order, none overlapping. */
export function findSecrets(text: string): SecretFinding[] {
    const found: SecretFinding[] = [];
    for (const { kind, expression, group } of PATTERNS) {
        for (const match of text.matchAll(expression)) {
            const secret = match[group];
            const start = (match.index ?? 0) + match[0].indexOf(secret);
            found.push({ kind, start, end: start + secret.length });
        }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: SecretFinding[] = [];
    for (const finding of found) {
        if (!kept.length || finding.start >= kept[kept.length - 1].end) {
            kept.push(finding);
        }
    }
    return kept;
}

/** `text` with each secret replaced by `replacement`. */
export function withoutSecrets(text: string, replacement: string): string {
    let result = '';
    let from = 0;
    for (const { start, end } of findSecrets(text)) {
        result += text.slice(from, start) + replacement;
        from = end;
    }
    return result + text.slice(from);
}
