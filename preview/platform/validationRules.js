// The demo org's copy of the server-side rules in force-app/main/default/objects:
// required fields and validation rules, so the preview refuses what an org would.
import { validationError } from './uiErrors';

const HOUR = 60 * 60 * 1000;

const REQUIRED = {
    Support_PIN__c: ['PIN__c', 'Kind__c', 'Issued_At__c', 'Expires_At__c', 'Account__c']
};

/** Text fields' lengths, as the org's field definitions hold them. */
const MAX_LENGTH = {
    Case: {
        Subject: 255,
        Description: 32000,
        Technical_Contact_Name__c: 121,
        Technical_Contact_Hours__c: 255,
        PIN__c: 13
    }
};

/** [field the error belongs to, message, (fields) => true when the rule is broken]: as in validationRules/*.xml. */
const RULES = {
    Support_PIN__c: [
        [
            'PIN__c',
            'The PIN does not have the format of its kind: 8 digits for a standard PIN, p and 12 characters for a privileged PIN.',
            (f) =>
                (f.Kind__c === 'Standard' && !/^[0-9]{8}$/.test(f.PIN__c)) ||
                (f.Kind__c === 'Privileged' && !/^p[0-9a-hjkmnp-tv-z]{12}$/.test(f.PIN__c))
        ],
        [
            'Expires_At__c',
            'A privileged PIN expires no later than 24 hours after it is issued.',
            (f) => f.Kind__c === 'Privileged' && new Date(f.Expires_At__c) - new Date(f.Issued_At__c) > 24 * HOUR
        ],
        [
            'Expires_At__c',
            'A standard PIN expires no later than 7 days after it is issued.',
            (f) => f.Kind__c === 'Standard' && new Date(f.Expires_At__c) - new Date(f.Issued_At__c) > 7 * 24 * HOUR
        ],
        [
            'Expires_At__c',
            'A PIN must expire after it is issued.',
            (f) => new Date(f.Expires_At__c) <= new Date(f.Issued_At__c)
        ],
        [
            'Issued_At__c',
            "A PIN's issue time must be the time it is created.",
            (f) => Math.abs(new Date(f.Issued_At__c) - Date.now()) > 5 * 60 * 1000
        ],
        [
            'Kind__c',
            'Privileged PINs are for Secret Server Cloud only.',
            (f) => f.Kind__c === 'Privileged' && f.Product__c !== 'Secret Server Cloud'
        ]
    ],
    Case: [
        [
            'Severity__c',
            'Severity 1 issues must be reported by phone. Call Thycotic Support.',
            // The demo user is a portal user (they have a contact), as the rule's $User.ContactId check expects.
            (f) => f.Severity__c === 'Severity 1'
        ]
    ]
};

/** Throws a UI API save error, on the field it belongs to, when the record breaks a rule. */
export function validateNewRecord(apiName, fields) {
    for (const field of REQUIRED[apiName] || []) {
        if (fields[field] === undefined || fields[field] === null || fields[field] === '') {
            throw validationError('Required fields are missing: [' + field + ']', field, 'REQUIRED_FIELD_MISSING');
        }
    }
    for (const [field, max] of Object.entries(MAX_LENGTH[apiName] || {})) {
        if (typeof fields[field] === 'string' && fields[field].length > max) {
            throw validationError(
                `data value too large: ${fields[field].slice(0, 20)}… (max length=${max})`,
                field,
                'STRING_TOO_LONG'
            );
        }
    }
    for (const [field, message, isBroken] of RULES[apiName] || []) {
        if (isBroken(fields)) {
            throw validationError(message, field);
        }
    }
}
