import { CUSTOMER_QUERY, customerFrom, customerOnFile, customerVariables, pinsFrom } from 'c/supportCustomer';
import customer from './data/customerOnFile.json';
import userWithoutContact from './data/userWithoutContact.json';

const NOW = new Date('2026-11-23T12:00:00.000Z');

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
});
