// The standard objects and fields the package's components and rules use, with their types as
// Salesforce's Object Reference gives them (Account, Contact, User, Case, files, Knowledge__kav). Custom
// objects and fields come from force-app; this is the only hand-written part of
// the data model, and it holds nothing but what the metadata cannot: the platform's own fields.
//   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
// `customerAccess`: what the portal customer's profile gives on the object: the Customer Community
// User profile the install assigns, at the most the Customer Community license lets a profile
// grant on it (Help, "Experience Cloud User Licenses" and "Object Access by License",
// https://help.salesforce.com/s/articleView?id=ind.industries_object_access_by_license.htm: Cases
// and Contacts read, create and edit; Accounts read). The model assumes the most a profile can
// give, so no rule rests on a profile withholding it; permission sets only add to it, and record
// access (owner, sharing) still decides which records. `scratch:verify` compares the org's profile
// with this model (org-model/profile.mjs).
// `editable`: fields a portal user may write when creating or editing a record they may edit.

const SYSTEM_FIELDS = {
    Id: { type: 'Id', label: 'Record ID' },
    CreatedDate: { type: 'DateTime', label: 'Created Date' },
    CreatedById: { type: 'Lookup', referenceTo: 'User', relationshipName: 'CreatedBy', label: 'Created By ID' },
    LastModifiedDate: { type: 'DateTime', label: 'Last Modified Date' },
    LastModifiedById: {
        type: 'Lookup',
        referenceTo: 'User',
        relationshipName: 'LastModifiedBy',
        label: 'Last Modified By ID'
    },
    SystemModstamp: { type: 'DateTime', label: 'System Modstamp' }
};

/** Fields every object has, as the platform adds them. Custom objects also get OwnerId unless they are a detail. */
export function systemFields({ owned = true } = {}) {
    return {
        ...SYSTEM_FIELDS,
        ...(owned
            ? { OwnerId: { type: 'Lookup', referenceTo: 'User', relationshipName: 'Owner', label: 'Owner ID' } }
            : {})
    };
}

export const STANDARD_OBJECTS = {
    Account: {
        label: 'Account',
        keyPrefix: '001',
        customerAccess: { read: true },
        fields: {
            ...systemFields(),
            Name: { type: 'Text', length: 255, required: true, label: 'Account Name', nameField: true },
            Phone: { type: 'Phone', length: 40, label: 'Account Phone' }
        }
    },
    Contact: {
        label: 'Contact',
        keyPrefix: '003',
        customerAccess: { read: true, create: true, edit: true },
        fields: {
            ...systemFields(),
            Name: { type: 'Text', length: 121, label: 'Full Name', nameField: true, calculated: true },
            FirstName: { type: 'Text', length: 40, label: 'First Name' },
            LastName: { type: 'Text', length: 80, required: true, label: 'Last Name' },
            Email: { type: 'Email', length: 80, label: 'Email' },
            Phone: { type: 'Phone', length: 40, label: 'Business Phone' },
            AccountId: {
                type: 'Lookup',
                referenceTo: 'Account',
                relationshipName: 'Account',
                childRelationshipName: 'Contacts',
                label: 'Account ID'
            }
        }
    },
    User: {
        label: 'User',
        keyPrefix: '005',
        // Every user may edit their own personal settings (the language among them), no one else's.
        customerAccess: { read: true, edit: true, ownRecordOnly: true },
        fields: {
            ...systemFields({ owned: false }),
            // The values: the languages the portal is translated into (c/supportLanguages); the
            // platform's list is longer, and a metadata check keeps these two in step.
            LanguageLocaleKey: {
                type: 'Picklist',
                label: 'Language',
                required: true,
                restricted: true,
                editable: true,
                picklistValues: [
                    { label: 'English', value: 'en_US' },
                    { label: 'German', value: 'de' }
                ]
            },
            Name: { type: 'Text', length: 121, label: 'Full Name', nameField: true, calculated: true },
            FirstName: { type: 'Text', length: 40, label: 'First Name' },
            LastName: { type: 'Text', length: 80, required: true, label: 'Last Name' },
            Username: { type: 'Text', length: 80, required: true, label: 'Username' },
            Email: { type: 'Email', length: 128, required: true, label: 'Email' },
            // Whether the user may sign in: a deactivated colleague follows no case (Case_Follower__c).
            IsActive: { type: 'Checkbox', label: 'Active' },
            ContactId: { type: 'Lookup', referenceTo: 'Contact', relationshipName: 'Contact', label: 'Contact ID' },
            AccountId: { type: 'Lookup', referenceTo: 'Account', relationshipName: 'Account', label: 'Account ID' }
        }
    },
    Case: {
        label: 'Case',
        keyPrefix: '500',
        customerAccess: { read: true, create: true, edit: true },
        fields: {
            ...systemFields(),
            CaseNumber: { type: 'Text', length: 30, label: 'Case Number', nameField: true, calculated: true },
            Subject: { type: 'Text', length: 255, label: 'Subject', editable: true },
            Description: { type: 'LongTextArea', length: 32000, label: 'Description', editable: true },
            Status: { type: 'Picklist', label: 'Status', editable: true },
            Origin: { type: 'Picklist', label: 'Case Origin', editable: true },
            // The sender's address of a case from an email (Email-to-Case).
            // Standard profiles let portal users write Web Email: the model assumes it (the flows clear it).
            SuppliedEmail: { type: 'Email', length: 80, label: 'Web Email', editable: true },
            IsClosed: { type: 'Checkbox', label: 'Closed', calculated: true },
            ClosedDate: { type: 'DateTime', label: 'Closed Date' },
            ContactId: {
                type: 'Lookup',
                referenceTo: 'Contact',
                relationshipName: 'Contact',
                childRelationshipName: 'Cases',
                label: 'Contact ID',
                editable: true
            },
            AccountId: {
                type: 'Lookup',
                referenceTo: 'Account',
                relationshipName: 'Account',
                childRelationshipName: 'Cases',
                label: 'Account ID',
                editable: true
            }
        }
    },
    // Files: a ContentDocument (the file) with its ContentVersions, shared with records, users and
    // libraries by ContentDocumentLinks. A portal user uploads to records they can see
    // (lightning-file-upload with a record-id publishes the file to that record) and reads a file on
    // a record when the link says so: its Visibility AllUsers (the file's Customer Access).
    //   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contentdocumentlink.htm
    ContentVersion: {
        label: 'Content Version',
        keyPrefix: '068',
        customerAccess: { read: true, create: true },
        fields: {
            ...systemFields(),
            Title: { type: 'Text', length: 255, label: 'Title', nameField: true, editable: true },
            PathOnClient: { type: 'Text', length: 500, label: 'Path On Client', required: true, editable: true },
            FileExtension: { type: 'Text', length: 40, label: 'File Extension', calculated: true },
            ContentSize: { type: 'Number', precision: 18, scale: 0, label: 'Size', calculated: true },
            IsLatest: { type: 'Checkbox', label: 'Is Latest', calculated: true },
            ContentDocumentId: {
                type: 'Lookup',
                referenceTo: 'ContentDocument',
                relationshipName: 'ContentDocument',
                label: 'Content Document ID',
                calculated: true
            },
            FirstPublishLocationId: {
                type: 'Lookup',
                // Polymorphic in the org (any record a file can be published to); the portal publishes to cases.
                referenceTo: 'Case',
                relationshipName: 'FirstPublishLocation',
                label: 'First Publish Location ID',
                editable: true
            }
        }
    },
    ContentDocument: {
        label: 'Content Document',
        keyPrefix: '069',
        customerAccess: { read: true },
        fields: {
            ...systemFields(),
            Title: { type: 'Text', length: 255, label: 'Title', nameField: true, calculated: true },
            FileExtension: { type: 'Text', length: 40, label: 'File Extension', calculated: true },
            ContentSize: { type: 'Number', precision: 18, scale: 0, label: 'Size', calculated: true },
            LatestPublishedVersionId: {
                type: 'Lookup',
                referenceTo: 'ContentVersion',
                relationshipName: 'LatestPublishedVersion',
                label: 'Latest Published Version ID',
                calculated: true
            }
        }
    },
    // No CreatedDate, owner or name in the Object Reference; the UI API's Record interface still
    // asks every type for LastModified* (its answer here: null). Querying it needs a filter on Id,
    // LinkedEntityId or ContentDocumentId (org-model/uiapiQueryRules.mjs).
    ContentDocumentLink: {
        label: 'Content Document Link',
        keyPrefix: '06A',
        customerAccess: { read: true },
        fields: {
            Id: SYSTEM_FIELDS.Id,
            LastModifiedDate: SYSTEM_FIELDS.LastModifiedDate,
            LastModifiedById: SYSTEM_FIELDS.LastModifiedById,
            SystemModstamp: SYSTEM_FIELDS.SystemModstamp,
            ContentDocumentId: {
                type: 'Lookup',
                referenceTo: 'ContentDocument',
                relationshipName: 'ContentDocument',
                childRelationshipName: 'ContentDocumentLinks',
                label: 'Content Document ID',
                required: true
            },
            LinkedEntityId: {
                type: 'Lookup',
                // Polymorphic in the org (users, groups, libraries, records); the portal's files are on cases.
                referenceTo: 'Case',
                relationshipName: 'LinkedEntity',
                childRelationshipName: 'ContentDocumentLinks',
                label: 'Linked Entity ID',
                required: true
            },
            // V Viewer, C Collaborator, I Inferred (from the record).
            ShareType: { type: 'Picklist', label: 'Share Type', restricted: true },
            // Who sees the file through this link: AllUsers (Customer Access on), InternalUsers, SharedUsers.
            Visibility: { type: 'Picklist', label: 'Visibility', restricted: true }
        }
    },
    // Users and queues grouped: a case owned by a queue has the queue's Id as OwnerId; the flows that
    // email Thycotic read the queue's email address here. No customer access.
    //   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_group.htm
    Group: {
        label: 'Group',
        keyPrefix: '00G',
        fields: {
            ...systemFields({ owned: false }),
            Name: { type: 'Text', length: 40, label: 'Name', nameField: true },
            DeveloperName: { type: 'Text', length: 80, label: 'Developer Name' },
            // Queue, Regular, Role, ...
            Type: { type: 'Picklist', label: 'Type', restricted: true },
            Email: { type: 'Email', length: 255, label: 'Email' }
        }
    },
    // Lightning Knowledge's article versions: one record per version and language. Only in an org
    // with Knowledge on, a prerequisite of the package (which adds Body__c and Product__c).
    //   https://developer.salesforce.com/docs/platform/object-reference/references/custom-objects/object-knowledge__kav.html
    // No customerAccess: customers read it through the Support_Portal_Customer permission set.
    Knowledge__kav: {
        label: 'Knowledge',
        labelPlural: 'Knowledge',
        keyPrefix: 'ka0',
        fields: {
            ...systemFields(),
            Title: { type: 'Text', length: 255, required: true, label: 'Title', nameField: true },
            Summary: { type: 'TextArea', length: 1000, label: 'Summary' },
            UrlName: { type: 'Text', length: 255, required: true, label: 'URL Name' },
            ArticleNumber: { type: 'Text', length: 30, label: 'Article Number', calculated: true },
            PublishStatus: { type: 'Picklist', label: 'Publication Status', restricted: true, calculated: true },
            // The values: the portal's languages (c/supportLanguages), as for User.LanguageLocaleKey.
            Language: {
                type: 'Picklist',
                label: 'Language',
                required: true,
                restricted: true,
                picklistValues: [
                    { label: 'English', value: 'en_US' },
                    { label: 'German', value: 'de' }
                ]
            },
            LastPublishedDate: { type: 'DateTime', label: 'Last Published Date', calculated: true },
            IsVisibleInCsp: { type: 'Checkbox', label: 'Visible to Customer' },
            IsVisibleInPkb: { type: 'Checkbox', label: 'Visible in Public Knowledge Base' },
            IsLatestVersion: { type: 'Checkbox', label: 'Is Latest Version', calculated: true },
            // The article all versions and translations share (a KnowledgeArticle Id, prefix kA0).
            KnowledgeArticleId: { type: 'Id', label: 'Knowledge Article ID', calculated: true },
            VersionNumber: { type: 'Number', precision: 9, scale: 0, label: 'Version Number', calculated: true }
        }
    }
};

/**
 * Standard picklists the project does not define, with the values of a new org. Case.Status is not
 * here: the install deploys its values (org-settings/, org-model/caseStatuses.mjs).
 */
export const STANDARD_PICKLISTS = {
    'Case.Origin': ['Phone', 'Email', 'Web'],
    'Knowledge__kav.PublishStatus': ['Draft', 'Online', 'Archived'],
    'ContentDocumentLink.ShareType': ['V', 'C', 'I'],
    'ContentDocumentLink.Visibility': ['AllUsers', 'InternalUsers', 'SharedUsers']
};

/**
 * What Salesforce itself shows a user of another language for the standard parts above (the
 * platform translates its own objects, fields and default picklist values; a value an org adds,
 * such as the Case status "Waiting on Customer", stays as written unless translated: org-settings/
 * ships that translation, CaseStatus-<language>.standardValueSetTranslation).
 */
export const STANDARD_TRANSLATIONS = {
    de: {
        objects: {
            Account: 'Account',
            Contact: 'Kontakt',
            User: 'Benutzer',
            Case: 'Fall',
            ContentVersion: 'Inhaltsversion',
            // Salesforce's German UI keeps the product name "Knowledge" for the object and its tab.
            Knowledge__kav: 'Knowledge'
        },
        objectPlurals: {
            Account: 'Accounts',
            Contact: 'Kontakte',
            User: 'Benutzer',
            Case: 'Fälle',
            ContentVersion: 'Inhaltsversionen',
            Knowledge__kav: 'Knowledge'
        },
        picklistValues: {
            'Case.Status': { New: 'Neu', Working: 'In Bearbeitung', Escalated: 'Eskaliert', Closed: 'Geschlossen' },
            'Case.Origin': { Phone: 'Telefon', Email: 'E-Mail', Web: 'Web' },
            'Knowledge__kav.PublishStatus': { Draft: 'Entwurf', Online: 'Veröffentlicht', Archived: 'Archiviert' },
            'Knowledge__kav.Language': { en_US: 'Englisch', de: 'Deutsch' }
        }
    }
};
