// The demo customer: what the preview starts with (and returns to on reset), what the install loads
// into an org (scripts/lib/portalSetup.mjs) and what the flow tests run against (flowTestCases.mjs).
// IDs have the shape of real Salesforce IDs so components treat them as such.
export const DEMO_USER_ID = '005DEMO0000000001AAA';

/** Dana's colleague at Acme, Walter Skinner: a portal user Acme did not authorize to grant or end access. */
export const COLLEAGUE_USER_ID = '005DEMO0000000002AAA';

/** The PIN Walter issued ten days ago (expired three days ago), and Thycotic's one verification of it. */
export const COLLEAGUE_PIN_ID = 'a02DEMO0000000001AAA';
export const COLLEAGUE_PIN_VERIFICATION_ID = 'a0VDEMO0000000001AAA';

/** The support engineer who owns the demo cases and answers on them. */
export const SUPPORT_ENGINEER_ID = '005DEMOOWNER00001AAA';

/** The internal user the platform creates Email-to-Case cases as (no contact: an internal user). */
export const AUTOMATED_CASE_USER_ID = '005DEMOAUTOMATED1AAA';

/**
 * `articles`: the demo Knowledge articles (data/knowledge-articles.json), which the install script
 * also loads into an org; the preview's build passes them in.
 */
export function seedRecords(today = new Date(), { articles = [] } = {}) {
    const daysAgo = (days) => new Date(today.getTime() - days * 86400000).toISOString().slice(0, 10);
    const at = (days) => new Date(today.getTime() - days * 86400000).toISOString();
    return {
        Account: [
            {
                Id: '001DEMO0000000001AAA',
                Name: 'Acme Corp',
                Phone: '+1 202 555 0100',
                Support_Product__c: 'Secret Server',
                User_Licenses__c: 5
            }
        ],
        Contact: [
            {
                Id: '003DEMO0000000001AAA',
                FirstName: 'Dana',
                LastName: 'Scully',
                Name: 'Dana Scully',
                Email: 'dana.scully@acme.example',
                Phone: '+1 202 555 0142',
                AccountId: '001DEMO0000000001AAA',
                // Acme authorized Dana to grant Thycotic write access, and made her its support admin
                // (kept by Thycotic): she keeps who else at Acme may.
                Privileged_Access__c: true,
                Support_Admin__c: true
            },
            {
                Id: '003DEMO0000000002AAA',
                FirstName: 'Walter',
                LastName: 'Skinner',
                Name: 'Walter Skinner',
                Email: 'walter.skinner@acme.example',
                Phone: '+1 202 555 0177',
                AccountId: '001DEMO0000000001AAA',
                // A colleague: he reads Acme's support access, but may not grant or end it, nor keep who may.
                Privileged_Access__c: false,
                Support_Admin__c: false
            },
            {
                Id: '003DEMO0000000003AAA',
                FirstName: 'Monica',
                LastName: 'Reyes',
                Name: 'Monica Reyes',
                Email: 'monica.reyes@acme.example',
                Phone: '+1 202 555 0193',
                AccountId: '001DEMO0000000001AAA',
                // A colleague without a portal login: she cannot follow a case (Follower_Signs_In).
                Privileged_Access__c: false,
                Support_Admin__c: false
            }
        ],
        User: [
            {
                Id: DEMO_USER_ID,
                Username: 'dana.scully@acme.example.portal',
                Name: 'Dana Scully',
                FirstName: 'Dana',
                LastName: 'Scully',
                Email: 'dana.scully@acme.example',
                LanguageLocaleKey: 'en_US',
                IsActive: true,
                ContactId: '003DEMO0000000001AAA',
                AccountId: '001DEMO0000000001AAA'
            },
            {
                Id: COLLEAGUE_USER_ID,
                Username: 'walter.skinner@acme.example.portal',
                Name: 'Walter Skinner',
                FirstName: 'Walter',
                LastName: 'Skinner',
                Email: 'walter.skinner@acme.example',
                LanguageLocaleKey: 'en_US',
                IsActive: true,
                ContactId: '003DEMO0000000002AAA',
                AccountId: '001DEMO0000000001AAA'
            },
            {
                // A Thycotic support engineer: an internal user (no contact), who answers on cases.
                Id: SUPPORT_ENGINEER_ID,
                Username: 'fox.mulder@thycotic.example',
                Name: 'Fox Mulder',
                FirstName: 'Fox',
                LastName: 'Mulder',
                Email: 'fox.mulder@thycotic.example',
                LanguageLocaleKey: 'en_US',
                IsActive: true,
                ContactId: null,
                AccountId: null
            },
            {
                Id: AUTOMATED_CASE_USER_ID,
                Username: 'autoproc@thycotic.example',
                Name: 'Automated Process',
                FirstName: null,
                LastName: 'Automated Process',
                Email: null,
                LanguageLocaleKey: 'en_US',
                IsActive: true,
                ContactId: null,
                AccountId: null
            }
        ],
        Support_License__c: [
            {
                Id: 'a01DEMO0000000001AAA',
                Name: 'SL-0001',
                Account__c: '001DEMO0000000001AAA',
                Quantity__c: 3,
                Issued_On__c: daysAgo(120)
            },
            {
                Id: 'a01DEMO0000000002AAA',
                Name: 'SL-0002',
                Account__c: '001DEMO0000000001AAA',
                Quantity__c: 2,
                Issued_On__c: daysAgo(200)
            }
        ],
        ...colleagueAccess(at),
        Case: [
            {
                Id: '500DEMO0000000001AAA',
                // Thycotic's engineer owns the case: emails about the customer's replies go to him.
                OwnerId: SUPPORT_ENGINEER_ID,
                CaseNumber: '00001026',
                Subject: 'Discovery scan stops at 40%',
                // Support's last message asks Dana for the discovery log: the case waits on her.
                Status: 'Waiting on Customer',
                IsClosed: false,
                Severity__c: 'Severity 3',
                PIN__c: null,
                Product__c: 'Secret Server',
                AccountId: '001DEMO0000000001AAA',
                ContactId: '003DEMO0000000001AAA',
                CreatedDate: at(9),
                LastModifiedDate: at(2),
                Status_Changed_At__c: at(2)
            },
            {
                Id: '500DEMO0000000002AAA',
                // Thycotic's engineer owns the case: emails about the customer's replies go to him.
                OwnerId: SUPPORT_ENGINEER_ID,
                CaseNumber: '00001011',
                Subject: 'Question about upgrade path to 11.x',
                Status: 'Closed',
                IsClosed: true,
                Severity__c: 'Severity 4',
                PIN__c: null,
                Product__c: 'Secret Server',
                AccountId: '001DEMO0000000001AAA',
                ContactId: '003DEMO0000000001AAA',
                CreatedDate: at(40),
                LastModifiedDate: at(33),
                ClosedDate: at(33),
                Status_Changed_At__c: at(33)
            }
        ],
        Case_Message__c: [
            {
                Id: 'a03DEMO0000000001AAA',
                Name: 'CM-000001',
                Case__c: '500DEMO0000000001AAA',
                Action__c: 'Reply',
                Body__c:
                    'The nightly discovery scan stops at 40% since we upgraded to 11.7. Nothing in the UI says why.',
                CreatedById: DEMO_USER_ID,
                CreatedDate: at(9),
                LastModifiedDate: at(9)
            },
            {
                Id: 'a03DEMO0000000002AAA',
                Name: 'CM-000002',
                Case__c: '500DEMO0000000001AAA',
                Action__c: 'Reply',
                Body__c:
                    'Thanks, Dana. We are reproducing it on 11.7. It would help to see the discovery log (Admin > Discovery > Download log) from the night it stopped.',
                CreatedById: SUPPORT_ENGINEER_ID,
                CreatedDate: at(2),
                LastModifiedDate: at(2)
            }
        ],
        Knowledge__kav: knowledgeVersions(articles, today),
        Article_Suggestion__c: [],
        ...engineerFiles(at)
    };
}

/**
 * Support access at Acme before Dana signs in, so the Support access page is not empty: a standard
 * PIN Walter issued ten days ago (7-day lifetime: expired three days ago) and Fox Mulder's lookup of
 * it on the discovery case the day after, Valid then. Stored as the flows stamped them.
 */
function colleagueAccess(at) {
    const issued = at(10);
    const verified = at(8.8);
    return {
        Support_PIN__c: [
            {
                Id: COLLEAGUE_PIN_ID,
                PIN__c: '61730428',
                Kind__c: 'Standard',
                Product__c: 'Secret Server',
                Issued_At__c: issued,
                Expires_At__c: at(3),
                Revoked_At__c: null,
                Revoked_By__c: null,
                Privileged_Slot__c: null,
                Account__c: '001DEMO0000000001AAA',
                Contact__c: '003DEMO0000000002AAA',
                OwnerId: COLLEAGUE_USER_ID,
                CreatedById: COLLEAGUE_USER_ID,
                CreatedDate: issued,
                LastModifiedDate: issued
            }
        ],
        Support_PIN_Verification__c: [
            {
                Id: COLLEAGUE_PIN_VERIFICATION_ID,
                Name: 'PV-000001',
                PIN_Entered__c: '61730428',
                Verdict__c: 'Valid',
                Support_PIN__c: COLLEAGUE_PIN_ID,
                Account__c: '001DEMO0000000001AAA',
                Case__c: '500DEMO0000000001AAA',
                OwnerId: SUPPORT_ENGINEER_ID,
                CreatedById: SUPPORT_ENGINEER_ID,
                CreatedDate: verified,
                LastModifiedDate: verified
            }
        ],
        Support_PIN_Revocation__c: [],
        Privileged_Access_Change__c: []
    };
}

/**
 * Two files the engineer put on the demo case, as an org holds files: a ContentDocument, its
 * ContentVersion and a ContentDocumentLink to the case. One the engineer uploaded to their own
 * files first and then shared with the case, Customer Access on (Visibility AllUsers); one added
 * from the case's Files list and left Thycotic's own (InternalUsers, the default for a file an
 * internal user adds to a record in an org with an Experience Cloud site).
 */
function engineerFiles(at) {
    const files = [
        {
            n: 1,
            title: 'discovery-debug-settings',
            extension: 'txt',
            size: 2150,
            publishedTo: SUPPORT_ENGINEER_ID,
            visibility: 'AllUsers',
            when: at(1.9)
        },
        {
            n: 2,
            title: 'reproduction-notes-11.7',
            extension: 'txt',
            size: 5320,
            publishedTo: '500DEMO0000000001AAA',
            visibility: 'InternalUsers',
            when: at(1.8)
        }
    ];
    const owned = (file) => ({
        OwnerId: SUPPORT_ENGINEER_ID,
        CreatedById: SUPPORT_ENGINEER_ID,
        CreatedDate: file.when,
        LastModifiedDate: file.when
    });
    return {
        ContentDocument: files.map((file) => ({
            Id: `069DEMO000000000${file.n}AAA`,
            Title: file.title,
            FileExtension: file.extension,
            ContentSize: file.size,
            LatestPublishedVersionId: `068DEMO000000000${file.n}AAA`,
            ...owned(file)
        })),
        ContentVersion: files.map((file) => ({
            Id: `068DEMO000000000${file.n}AAA`,
            ContentDocumentId: `069DEMO000000000${file.n}AAA`,
            Title: file.title,
            PathOnClient: `${file.title}.${file.extension}`,
            FileExtension: file.extension,
            ContentSize: file.size,
            IsLatest: true,
            FirstPublishLocationId: file.publishedTo,
            ...owned(file)
        })),
        ContentDocumentLink: files.map((file) => ({
            Id: `06ADEMO000000000${file.n}AAA`,
            ContentDocumentId: `069DEMO000000000${file.n}AAA`,
            LinkedEntityId: '500DEMO0000000001AAA',
            ShareType: 'I',
            Visibility: file.visibility,
            SystemModstamp: file.when
        }))
    };
}

/**
 * The demo articles as an org holds them after the install: each published (Online, in the
 * Customer channel) in English and in each of its translations (German here), one Knowledge__kav version per
 * language sharing the article's number and URL name; and one draft no customer may see.
 */
export function knowledgeVersions(articles, today = new Date()) {
    const at = (days) => new Date(today.getTime() - days * 86400000).toISOString();
    const version = (index, language, fields) => ({
        Id: `ka0DEMO${language.slice(0, 2).toUpperCase()}${String(index + 1).padStart(8, '0')}AAA`,
        KnowledgeArticleId: `kA0DEMO${String(index + 1).padStart(10, '0')}AAA`,
        ArticleNumber: String(1001 + index).padStart(9, '0'),
        Language: language,
        PublishStatus: 'Online',
        IsVisibleInCsp: true,
        IsVisibleInPkb: false,
        IsLatestVersion: true,
        VersionNumber: 1,
        OwnerId: SUPPORT_ENGINEER_ID,
        CreatedById: SUPPORT_ENGINEER_ID,
        CreatedDate: at(40 + index),
        LastPublishedDate: at(3 + index * 2),
        LastModifiedDate: at(3 + index * 2),
        ...fields
    });
    const published = articles.flatMap((article, index) =>
        // English ('en' in the file, en_US in the org), then every translation the article has.
        Object.entries(article)
            .filter(([key]) => !['urlName', 'product'].includes(key))
            .map(([key, text]) => [key === 'en' ? 'en_US' : key, text])
            .map(([language, text]) =>
                version(index, language, {
                    Title: text.title,
                    Summary: text.summary,
                    Body__c: text.body,
                    UrlName: article.urlName,
                    Product__c: article.product
                })
            )
    );
    const draft = version(articles.length, 'en_US', {
        PublishStatus: 'Draft',
        LastPublishedDate: null,
        Title: 'Vault sizing guide (draft)',
        Summary: 'Not reviewed yet.',
        Body__c: '<p>Draft.</p>',
        UrlName: 'draft-vault-sizing-guide',
        Product__c: 'Secret Server'
    });
    return articles.length ? [...published, draft] : [];
}

const SUBJECTS = [
    'Discovery scan stops at {n}%',
    'Heartbeat fails for Windows accounts',
    'Password rotation error on Unix secrets',
    'Session recording not playing back',
    'SAML login loops back to the login page',
    'Distributed engine offline in site {n}',
    'Report export times out',
    'Upgrade question for 11.{n}',
    'API token expires early',
    'Launcher does not open on macOS'
];
const STATUSES = ['New', 'Working', 'Waiting on Customer', 'Closed', 'Working', 'Closed'];
const SEVERITIES = ['Severity 2', 'Severity 3', 'Severity 4'];
const PRODUCTS = ['Secret Server', 'Privilege Manager', 'Secret Server Cloud', 'Account Lifecycle Manager'];

/**
 * `count` more cases of the demo account, for a customer of a large account: deterministic, made
 * when asked and never stored (the browser's storage could not hold 10,000). Two of three are
 * open; half are the demo contact's own, the rest other people's at Acme.
 */
export function generatedCases(count, today = new Date()) {
    const hour = 60 * 60 * 1000;
    return Array.from({ length: count }, (_, index) => {
        const status = STATUSES[index % STATUSES.length];
        const modified = new Date(today.getTime() - (index + 3) * 3 * hour).toISOString();
        return {
            Id: `500GEN${String(index).padStart(9, '0')}AAA`,
            CaseNumber: String(20001 + index).padStart(8, '0'),
            Subject: SUBJECTS[index % SUBJECTS.length].replace('{n}', String((index % 90) + 10)),
            Status: status,
            IsClosed: status === 'Closed',
            Severity__c: SEVERITIES[index % SEVERITIES.length],
            PIN__c: null,
            Product__c: PRODUCTS[index % PRODUCTS.length],
            AccountId: '001DEMO0000000001AAA',
            ContactId: index % 4 < 2 ? '003DEMO0000000001AAA' : null,
            OwnerId: '005DEMOOWNER00001AAA',
            CreatedById: '005DEMOOWNER00001AAA',
            CreatedDate: modified,
            LastModifiedDate: modified,
            ClosedDate: status === 'Closed' ? modified : null,
            Status_Changed_At__c: modified,
            SystemModstamp: modified
        };
    });
}
