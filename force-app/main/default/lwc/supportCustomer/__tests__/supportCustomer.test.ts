import {
    CUSTOMER_QUERY,
    companyPrivilegedPin,
    customerFrom,
    customerOnFile,
    customerVariables,
    pinsFrom
} from 'c/supportCustomer';
import customer from './data/customerOnFile.json';
import userWithoutContact from './data/userWithoutContact.json';

const NOW = new Date('2026-11-23T12:00:00.000Z');

// An answer of the customer query with the user's row as given and the PINs as given.
function answer(user: object | null, pins?: object[]): unknown {
    return {
        uiapi: {
            query: {
                User: { edges: user ? [{ node: user }] : [] },
                ...(pins ? { Support_PIN__c: { edges: pins.map((node) => ({ node })) } } : {})
            }
        }
    };
}

const ACCOUNT = { Id: '001DEMO0000000001AAA' };
const CONTACT = { Id: '003DEMO0000000001AAA', Name: { value: 'Dana Scully' }, Account: ACCOUNT };
const USER = { Id: '005DEMO0000000001AAA', Email: { value: 'dana@login.example' }, Contact: CONTACT };

const NOTHING_ON_FILE = {
    contactId: '',
    username: '',
    email: '',
    company: '',
    contactName: '',
    contactPhone: '',
    product: '',
    pin: ''
};

describe('c/supportCustomer', () => {
    it('asks every component’s question with the same variables: only the user', () => {
        expect(customerVariables()).toEqual({ userId: '005000000000000000' });
        expect(customerVariables()).toEqual(customerVariables());
        // sfdx-lwc-jest's gql is a mock: the query is checked against the UI API schema in npm run test:metadata.
        expect(CUSTOMER_QUERY).toBeUndefined();
    });

    it('reads the customer’s details on file and their current standard PIN, preferring the contact’s email', () => {
        expect(customerOnFile(customer, NOW)).toEqual({
            contactId: '003DEMO0000000001AAA',
            username: 'dana.scully@acme.example.portal',
            email: 'dana.scully@acme.example',
            company: 'Acme Corp',
            contactName: 'Dana Scully',
            contactPhone: '+1 202 555 0142',
            product: 'Secret Server',
            pin: '80412765'
        });
        // Once it has expired, there is no current standard PIN (the privileged one never counts).
        expect(customerOnFile(customer, new Date('2026-11-25T10:00:00.000Z')).pin).toBe('');
    });

    it('falls back to the user’s email when there is no contact', () => {
        expect(customerOnFile(userWithoutContact, NOW)).toEqual({
            contactId: '',
            username: 'guest.user@acme.example',
            email: 'guest@acme.example',
            company: '',
            contactName: '',
            contactPhone: '',
            product: '',
            pin: ''
        });
        expect(customerFrom(userWithoutContact)).toBeNull();
    });

    it('reads the account, its user licenses and its support licenses', () => {
        expect(customerFrom(customer)).toEqual({
            accountId: '001DEMO0000000001AAA',
            contactId: '003DEMO0000000001AAA',
            product: 'Secret Server',
            userLicenses: 5,
            licenses: [{ issuedOn: '2026-06-01', quantity: 5 }],
            privilegedAccess: false
        });
        // Privileged Access is read from the contact; only true authorizes.
        const authorized = JSON.parse(JSON.stringify(customer));
        authorized.uiapi.query.User.edges[0].node.Contact.Privileged_Access__c = { value: true };
        expect(customerFrom(authorized)?.privilegedAccess).toBe(true);
    });

    it('lists the user’s PINs with their kind, latest expiry first as the org sends them', () => {
        expect(pinsFrom(customer).map((pin) => [pin.pin, pin.kind])).toEqual([
            ['p7k3m9q2xa0bc', 'privileged'],
            ['80412765', 'standard'],
            ['11223344', 'standard']
        ]);
        expect(pinsFrom(userWithoutContact)).toEqual([]);
    });

    it("reads the company's privileged PIN while it is valid, whoever issued it", () => {
        const withPin = (node: unknown) => ({
            uiapi: { query: { User: { edges: [] }, CompanyPrivilegedPin: { edges: node ? [{ node }] : [] } } }
        });
        const now = new Date('2026-11-22T18:00:00.000Z');
        const node = {
            Id: 'a02X',
            Expires_At__c: { value: '2026-11-22T18:00:01.000Z' },
            PIN__c: { value: 'p7k3m9q2xa0bc' },
            Issued_By_Name__c: { value: 'Walter Skinner' }
        };
        expect(companyPrivilegedPin(withPin(node), now)).toEqual({
            id: 'a02X',
            expiresAt: '2026-11-22T18:00:01.000Z',
            issuedBy: 'Walter Skinner',
            lastFour: 'a0bc'
        });
        // Ended at this very moment, without an expiry, or none at all: nothing to tell.
        expect(
            companyPrivilegedPin(withPin({ ...node, Expires_At__c: { value: now.toISOString() } }), now)
        ).toBeUndefined();
        expect(companyPrivilegedPin(withPin({ Id: 'a02X' }), now)).toBeUndefined();
        expect(companyPrivilegedPin(withPin(undefined), now)).toBeUndefined();
        expect(companyPrivilegedPin({ uiapi: { query: { User: { edges: [] } } } }, now)).toBeUndefined();
        // Without a name on file the PIN still counts.
        expect(companyPrivilegedPin(withPin({ ...node, Issued_By_Name__c: undefined }), now)?.issuedBy).toBe('');
    });

    it('has no customer and nothing on file when the query finds no user', () => {
        expect(customerFrom(answer(null))).toBeNull();
        expect(customerOnFile(answer(null), NOW)).toEqual(NOTHING_ON_FILE);
        expect(pinsFrom(answer(null))).toEqual([]);
    });

    it('has no customer for a contact without an account, and no company or product on file', () => {
        const noAccount = answer({ ...USER, Contact: { ...CONTACT, Account: null } });
        expect(customerFrom(noAccount)).toBeNull();
        expect(customerOnFile(noAccount, NOW)).toEqual({
            ...NOTHING_ON_FILE,
            contactId: '003DEMO0000000001AAA',
            contactName: 'Dana Scully',
            email: 'dana@login.example'
        });
    });

    it('reads what the answer leaves out as nothing on file', () => {
        const sparse = answer({
            Id: '005DEMO0000000001AAA',
            Contact: { Id: '003DEMO0000000001AAA', Account: ACCOUNT }
        });
        expect(customerOnFile(sparse, NOW)).toEqual({ ...NOTHING_ON_FILE, contactId: '003DEMO0000000001AAA' });
        expect(customerFrom(sparse)).toEqual({
            accountId: '001DEMO0000000001AAA',
            contactId: '003DEMO0000000001AAA',
            product: null,
            userLicenses: 0,
            licenses: [],
            privilegedAccess: false
        });
    });

    it('takes the login address when the contact has no email, and no address when neither has one', () => {
        const contactWithoutEmail = answer({ ...USER, Contact: { ...CONTACT, Email: { value: null } } });
        expect(customerOnFile(contactWithoutEmail, NOW).email).toBe('dana@login.example');
        const noEmail = answer({ ...USER, Email: { value: null }, Contact: { ...CONTACT, Email: { value: null } } });
        expect(customerOnFile(noEmail, NOW).email).toBe('');
    });

    it('leaves out a PIN whose value is not on file, and keeps one without an expiry as never current', () => {
        const pins = answer(USER, [
            {
                Id: 'a02DEMO0000000009AAA',
                PIN__c: { value: null },
                Expires_At__c: { value: '2026-11-26T09:30:00.000Z' }
            },
            { Id: 'a02DEMO0000000007AAA', PIN__c: { value: '80412765' }, Expires_At__c: { value: null } }
        ]);
        expect(pinsFrom(pins)).toEqual([
            { id: 'a02DEMO0000000007AAA', pin: '80412765', kind: 'standard', expiresAt: '' }
        ]);
        expect(customerOnFile(pins, NOW).pin).toBe('');
    });

    it('counts only the support licenses with an issue date', () => {
        const licenses = {
            uiapi: {
                query: {
                    ...(answer(USER) as { uiapi: { query: object } }).uiapi.query,
                    Support_License__c: {
                        edges: [
                            { node: { Quantity__c: { value: 10 }, Issued_On__c: { value: null } } },
                            { node: { Quantity__c: { value: null }, Issued_On__c: { value: '2026-06-01' } } }
                        ]
                    }
                }
            }
        };
        expect(customerFrom(licenses)?.licenses).toEqual([{ issuedOn: '2026-06-01', quantity: 0 }]);
    });
});
