// The org as the model runs it, at its UI API boundary: every read and write is made as the
// signed-in user and held to what the org would hold it to, all of it read from the project's
// metadata: the user's permission sets (object and field access), the sharing the package ships,
// required fields, lengths, restricted picklists, unique fields, the record-triggered flows (run
// from their XML by flowRunner.mjs), validation rules and formula fields. The preview's demo org
// (preview/platform/server.js) and the node tests both make their org here, over a record store.
import { accessFor } from './access.mjs';
import { brokenValidationRules, formulaFieldValue } from './formulaRules.mjs';
import { canEdit, canSee } from './sharing.mjs';
import { FlowCustomError, FlowFault, RunnerError, runEventFlows, runTriggeredFlows } from './flowRunner.mjs';
import {
    crossReferenceError,
    duplicateValue,
    fieldErrors,
    flowFailed,
    insufficientAccess,
    invalidFields,
    notFound
} from './uiErrors.mjs';

/**
 * An org over `store` (recordStore.mjs), signed in as `userId` holding `permissionSets`.
 * `label(name)`: a custom label in the user's language (flow messages). `now()`: the clock.
 * `emailToCase`: { caseOwnerId, automatedUserId }: who owns and who creates an Email-to-Case case.
 * `automatedProcessUserId`: the Automated Process user, who runs platform event–triggered flows.
 * `sendEmail(email)`: where an email a flow's Send Email action sent goes once its transaction
 * commits ({ to, bcc, subject, body, language, relatedRecordId, senderType, senderAddress, flow, sentAt }).
 */
export function createOrg({
    metadata,
    store,
    userId,
    permissionSets,
    label = () => undefined,
    now = () => new Date(),
    emailToCase = {},
    automatedProcessUserId = emailToCase.automatedUserId,
    sendEmail = () => {}
}) {
    const { allRecords, findRecord, insertRecord, updateRecordFields, deleteRecordById } = store;
    const access = accessFor(metadata, permissionSets);
    const events = eventBus();
    /** Subscribers that failed on a delivered event message (the publisher is not undone). */
    const eventFailures = [];

    /**
     * One transaction (the store's; nested calls join it), and when the outermost one ends, its
     * platform event messages delivered: those published immediately whatever became of it, those
     * published after commit only when it committed.
     */
    function transaction(work) {
        events.open();
        let committed = false;
        try {
            const result = store.transaction(work);
            committed = true;
            return result;
        } finally {
            const { messages, emails } = events.close(committed);
            emails.forEach(sendEmail);
            messages.forEach(deliver);
        }
    }

    const SYSTEM_FIELDS = new Set([
        'Id',
        'CreatedDate',
        'CreatedById',
        'LastModifiedDate',
        'LastModifiedById',
        'SystemModstamp'
    ]);

    function currentUser() {
        return findRecord(userId)?.record ?? { Id: userId };
    }

    function isVisible(apiName, record) {
        return canSee(metadata, currentUser(), apiName, record, store);
    }

    /** Records of an object the customer may see. */
    function visibleRecords(apiName) {
        return access.object(apiName).read ? allRecords(apiName).filter((record) => isVisible(apiName, record)) : [];
    }

    /** A record by Id, only when the customer may see it. */
    function findVisible(id) {
        const found = findRecord(id);
        return found && access.object(found.apiName).read && isVisible(found.apiName, found.record) ? found : undefined;
    }

    /** A cross-object reference in a formula ("Account__r.Support_Product__c"), read from the stored records. */
    function relatedResolver(apiName, record) {
        return (path) => {
            let object = metadata.objects[apiName];
            let current = record;
            const parts = path.startsWith('$User.') ? path.slice(6).split('.') : path.split('.');
            if (path.startsWith('$User.')) {
                object = metadata.objects.User;
                current = currentUser();
            }
            while (parts.length > 1) {
                const [lookup, field] =
                    Object.entries(object.fields).find(([, f]) => f.relationshipName === parts[0]) ?? [];
                const related = lookup && findRecord(current?.[lookup]);
                object = metadata.objects[field?.referenceTo];
                current = related?.record;
                parts.shift();
            }
            return { field: object?.fields[parts[0]], value: current?.[parts[0]] ?? null };
        };
    }

    function formulaContext(apiName, record, prior) {
        return { record, prior, user: currentUser(), related: relatedResolver(apiName, record) };
    }

    /** A field's value as the org returns it: stored, or computed for a formula field. */
    function fieldValue(apiName, record, name) {
        const field = metadata.objects[apiName]?.fields[name];
        if (field?.formula) {
            return formulaFieldValue(metadata, apiName, name, formulaContext(apiName, record));
        }
        return record[name] ?? null;
    }

    function checkWritableFields(apiName, fields, { update }) {
        const object = metadata.objects[apiName];
        const unknown = Object.keys(fields).filter((name) => !object.fields[name]);
        if (unknown.length) {
            throw invalidFields('INVALID_FIELD', `No such column '${unknown[0]}' on sobject of type ${apiName}`);
        }
        const denied = Object.keys(fields).filter(
            (name) => name !== 'Id' && (SYSTEM_FIELDS.has(name) || !access.canWriteField(apiName, name, { update }))
        );
        if (denied.length) {
            throw invalidFields(
                'INVALID_FIELD_FOR_INSERT_UPDATE',
                `Unable to create/update fields: ${denied.map((name) => `${apiName}.${name}`).join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`
            );
        }
    }

    function checkLookups(apiName, fields) {
        for (const [name, value] of Object.entries(fields)) {
            const field = metadata.objects[apiName].fields[name];
            if (field && ['Lookup', 'MasterDetail'].includes(field.type) && value && !findVisible(value)) {
                throw crossReferenceError(name, value);
            }
        }
    }

    /** Required fields, lengths and restricted picklists, as the field definitions hold them. */
    function checkFieldDefinitions(apiName, record) {
        const errors = [];
        for (const [name, field] of Object.entries(metadata.objects[apiName].fields)) {
            const value = record[name];
            const blank = value === undefined || value === null || value === '';
            if (
                field.required &&
                !field.calculated &&
                !SYSTEM_FIELDS.has(name) &&
                blank &&
                !['OwnerId', 'Name'].includes(name)
            ) {
                errors.push({
                    field: name,
                    errorCode: 'REQUIRED_FIELD_MISSING',
                    message: `Required fields are missing: [${name}]`
                });
            } else if (!blank && typeof value === 'string' && field.length && value.length > field.length) {
                errors.push({
                    field: name,
                    errorCode: 'STRING_TOO_LONG',
                    message: `${field.label}: data value too large: ${value.slice(0, 20)}… (max length=${field.length})`
                });
            } else if (!blank && field.restricted && !field.picklistValues.some((option) => option.value === value)) {
                errors.push({
                    field: name,
                    errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                    message: `${field.label}: bad value for restricted picklist field: ${value}`
                });
            }
        }
        if (errors.length) {
            throw fieldErrors(errors);
        }
    }

    function checkUnique(apiName, record) {
        for (const [name, field] of Object.entries(metadata.objects[apiName].fields)) {
            const value = record[name];
            if (field.unique && value !== undefined && value !== null) {
                // Uniqueness spans every record, seen or not; the error names the record it clashes with.
                const clash = allRecords(apiName).find((other) => other[name] === value && other.Id !== record.Id);
                if (clash) {
                    throw duplicateValue(name, clash.Id);
                }
            }
        }
    }

    function checkValidationRules(apiName, record, prior) {
        const broken = brokenValidationRules(metadata, apiName, formulaContext(apiName, record, prior));
        if (broken.length) {
            throw fieldErrors(
                broken.map(({ field, message }) => ({ field, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }))
            );
        }
    }

    /**
     * The org's record-triggered flows of `apiName`, run from their own XML by the flow runner, in
     * system context, as `user` (whoever saved). A Custom Error element refuses the save with the
     * UI API's field errors; a failure without a fault path fails it naming the flow.
     */
    /** A custom metadata type's records as a query reads them: the package's, by DeveloperName. */
    function customMetadataRecords(type) {
        return Object.entries(metadata.customMetadata?.[type]?.records ?? {}).map(([name, values]) => ({
            Id: `m00${name}`,
            DeveloperName: name,
            ...values
        }));
    }

    /** What a flow interview reads and changes the org through: records without sharing, saves as `user`. */
    function flowContext(user = currentUser()) {
        return {
            metadata,
            user,
            now: now(),
            label,
            records: (object) => (object.endsWith('__mdt') ? customMetadataRecords(object) : allRecords(object)),
            find: findRecord,
            fieldValue,
            update: (object, id, fields) => systemUpdate(id, fields, user),
            create: (object, fields) => systemCreate(object, fields, user),
            sendEmail: (email) => queueEmail(email)
        };
    }

    /**
     * A flow's Send Email action: to the Recipient ID's email address (a contact or user) and the
     * addresses given, sent only if the transaction commits ("Email is not sent until the Apex
     * transaction is committed", Outbound Email, Apex Developer Guide; the model holds a flow's Send
     * Email to the same, and scratch:verify's reply round trip checks it in an org). No recipient
     * fails the element ("Specify at least one recipient", Send Email Action, Help). The language is
     * the recipient's on file (a contact's through their portal user), for the preview's Sent emails.
     * https://developer.salesforce.com/docs/platform/apex-dev/references/apex-dev/apex-forcecom-email-outbound.html
     */
    function queueEmail(input) {
        const recipient = input.recipientId ? findRecord(input.recipientId) : undefined;
        const listed = String(input.emailAddresses ?? '')
            .split(',')
            .map((address) => address.trim())
            .filter(Boolean);
        const to = [...(recipient?.record.Email ? [recipient.record.Email] : []), ...listed];
        const bcc = [input.bccRecipientAddressCollection ?? []].flat().filter(Boolean);
        if (!to.length && !bcc.length) {
            throw new Error('The email has no recipient: specify at least one recipient.');
        }
        // The language: the recipient's; for hidden copies only, their users' (one language per email).
        const user =
            recipient?.apiName === 'User'
                ? recipient.record
                : recipient
                  ? allRecords('User').find((u) => u.ContactId === recipient.record.Id)
                  : allRecords('User').find((u) => u.Email && u.Email === bcc[0]);
        events.queueEmail({
            to,
            bcc,
            subject: input.emailSubject ?? '',
            body: input.emailBody ?? '',
            language: user?.LanguageLocaleKey ?? null,
            relatedRecordId: input.relatedRecordId ?? null,
            senderType: input.senderType ?? null,
            senderAddress: input.senderAddress ?? null,
            flow: input.flow,
            sentAt: now().toISOString()
        });
    }

    /**
     * A flow's Create Records, in system context as `user`: a record goes through the full save; a
     * platform event message is published (it has no Id: "The Id field value is not included in the
     * event message delivered to subscribers", EventBus Class, Apex Reference).
     */
    function systemCreate(apiName, fields, user) {
        if (metadata.objects[apiName]?.platformEvent) {
            events.publish(metadata.objects[apiName], {
                ...fields,
                CreatedById: user.Id,
                CreatedDate: now().toISOString()
            });
            return null;
        }
        const owner = { OwnerId: user.Id, CreatedById: user.Id, LastModifiedById: user.Id };
        return saveRecord(apiName, { ...owner, ...fields }, undefined, user).Id;
    }

    /**
     * Delivers an event message to the flows subscribed to it, in a transaction of their own, as the
     * Automated Process user ("Platform event triggers run under the Automated Process entity",
     * Platform Events Developer Guide; processes and flows likewise run "in a separate transaction
     * from the transaction that published the event message"). A subscriber that fails does not
     * undo the publisher: its failure is kept in `eventFailures` for the tests; a runner error is
     * a bug and is thrown.
     */
    function deliver(message) {
        const automated = findRecord(automatedProcessUserId)?.record ?? { Id: automatedProcessUserId, ContactId: null };
        try {
            transaction(() => runEventFlows(metadata.flows ? flowDefinitions() : {}, message, flowContext(automated)));
        } catch (error) {
            if (error instanceof RunnerError) {
                throw error;
            }
            eventFailures.push({ object: message.object, error });
        }
    }

    function runFlows(apiName, triggerType, record, prior, user = currentUser()) {
        const org = flowContext(user);
        try {
            runTriggeredFlows(
                metadata.flows ? flowDefinitions() : {},
                { object: apiName, triggerType, record, prior },
                org
            );
        } catch (error) {
            if (error instanceof FlowCustomError) {
                throw fieldErrors(
                    error.messages.map(({ field, message }) => ({
                        field,
                        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        message
                    }))
                );
            }
            if (error instanceof FlowFault) {
                throw flowFailed(metadata.flows[error.flow]?.label ?? error.flow, error.message);
            }
            throw error;
        }
    }

    function flowDefinitions() {
        return Object.fromEntries(Object.entries(metadata.flows).map(([name, flow]) => [name, flow.definition]));
    }

    /**
     * One save as the org performs it ("Triggers and Order of Execution"): before-save flows, the
     * field definitions, validation rules and uniqueness, the write, then after-save flows, all in one
     * transaction: a refusal anywhere, an after-save flow's included, leaves nothing written.
     */
    function saveRecord(apiName, record, prior, user = currentUser()) {
        return transaction(() => {
            runFlows(apiName, 'RecordBeforeSave', record, prior, user);
            checkFieldDefinitions(apiName, record);
            checkValidationRules(apiName, record, prior);
            checkUnique(apiName, record);
            const changes = Object.fromEntries(Object.entries(record).filter(([name]) => name !== 'Id'));
            const saved = prior ? updateRecordFields(prior.Id, changes).record : insertRecord(apiName, record);
            runFlows(apiName, 'RecordAfterSave', { ...saved }, prior, user);
            return findRecord(saved.Id)?.record ?? saved;
        });
    }

    /**
     * A change the org makes in system context (an after-save flow's Update Records): no access
     * checks, but the object's flows and validation rules run, as they would in the org ("When a
     * process or flow executes a DML operation, the affected record goes through the save
     * procedure"). Closing derives IsClosed and ClosedDate, as the platform does from a closed Status.
     */
    function systemUpdate(id, fields, user) {
        const found = findRecord(id);
        if (!found) {
            throw notFound(id);
        }
        const { apiName, record: prior } = found;
        saveRecord(apiName, withCaseClosed(apiName, { ...prior, ...fields }, prior), prior, user);
    }

    /** A case's IsClosed and ClosedDate, derived from its Status as the platform derives them. */
    function withCaseClosed(apiName, record, prior) {
        if (apiName !== 'Case' || record.Status === prior.Status) {
            return record;
        }
        const IsClosed = record.Status === 'Closed';
        const ClosedDate = IsClosed ? (prior.IsClosed ? prior.ClosedDate : now().toISOString()) : null;
        return { ...record, IsClosed, ClosedDate };
    }

    /** createRecord as the customer: the org's order — access, field definitions, flows, rules, uniqueness. */
    function createAs(apiName, fields) {
        if (!metadata.objects[apiName] || !access.object(apiName).create) {
            throw insufficientAccess(
                `You don't have permission to create ${metadata.objects[apiName]?.label ?? apiName} records.`
            );
        }
        checkWritableFields(apiName, fields, { update: false });
        checkLookups(apiName, fields);
        const user = currentUser();
        return saveRecord(
            apiName,
            { ...fields, OwnerId: user.Id, CreatedById: user.Id, LastModifiedById: user.Id },
            undefined
        );
    }

    /** updateRecord as the customer: the record must be visible and editable. */
    function updateAs(id, fields) {
        const found = findVisible(id);
        if (!found) {
            throw notFound(id);
        }
        const { apiName, record: prior } = found;
        const ownRecordOnly = metadata.objects[apiName].customerAccess?.ownRecordOnly;
        if (!access.object(apiName).edit || (ownRecordOnly && prior.Id !== currentUser().Id)) {
            throw insufficientAccess(`You don't have permission to edit this ${metadata.objects[apiName].label}.`);
        }
        // Record access: a record the customer may read but not edit (a colleague's case the company
        // sharing shows, read-only) is refused as the UI API refuses it.
        if (!canEdit(metadata, currentUser(), apiName, prior, store)) {
            throw insufficientAccess('insufficient access rights on object id');
        }
        checkWritableFields(apiName, fields, { update: true });
        checkLookups(apiName, fields);
        const record = withCaseClosed(apiName, { ...prior, ...fields, LastModifiedById: currentUser().Id }, prior);
        return saveRecord(apiName, record, prior);
    }

    /** deleteRecord as the customer. */
    function deleteAs(id) {
        const found = findVisible(id);
        if (!found) {
            throw notFound(id);
        }
        if (!access.object(found.apiName).delete) {
            throw insufficientAccess(
                `You don't have permission to delete this ${metadata.objects[found.apiName].label}.`
            );
        }
        // The object's before-delete flows run first; a Custom Error refuses the delete.
        transaction(() => {
            runFlows(found.apiName, 'RecordBeforeDelete', { ...found.record }, undefined);
            deleteRecordById(id);
        });
    }

    /**
     * What lightning-file-upload does with a record-id, as the signed-in user: the file becomes a
     * ContentDocument with its first ContentVersion, published to that record (which the user must see)
     * and linked to it by a ContentDocumentLink. A customer's upload is visible to all users who see the
     * case (Visibility AllUsers); an internal user's is InternalUsers until its Customer Access is turned
     * on, as in an org with an Experience Cloud site ("Default visibility for files shared on records",
     * Salesforce Help 000384243). The platform sets the extension and size from the file itself.
     * ContentVersion's validation rules run on the new version, as on any insert: a customer's file of
     * an active type (an .html page) is refused in the rule's words and nothing is stored.
     */
    function uploadFileAs(recordId, { name, size }) {
        if (!access.object('ContentVersion').create) {
            throw insufficientAccess("You don't have permission to upload files.");
        }
        if (!findVisible(recordId)) {
            throw crossReferenceError('FirstPublishLocationId', recordId);
        }
        const dot = name.lastIndexOf('.');
        const user = currentUser();
        const file = {
            Title: dot > 0 ? name.slice(0, dot) : name,
            FileExtension: dot > 0 ? name.slice(dot + 1).toLowerCase() : null,
            ContentSize: size,
            OwnerId: user.Id,
            CreatedById: user.Id
        };
        const versionFields = { ...file, PathOnClient: name, IsLatest: true, FirstPublishLocationId: recordId };
        checkValidationRules('ContentVersion', versionFields, undefined);
        return transaction(() => {
            const document = insertRecord('ContentDocument', file);
            const version = insertRecord('ContentVersion', { ...versionFields, ContentDocumentId: document.Id });
            updateRecordFields(document.Id, { LatestPublishedVersionId: version.Id });
            insertRecord('ContentDocumentLink', {
                ContentDocumentId: document.Id,
                LinkedEntityId: recordId,
                ShareType: 'I',
                Visibility: user.ContactId ? 'AllUsers' : 'InternalUsers'
            });
            // The version's save runs the record-triggered flows on ContentVersion, as any save does.
            runFlows('ContentVersion', 'RecordAfterSave', { ...version }, undefined, user);
            return { documentId: document.Id, contentVersionId: version.Id };
        });
    }

    /**
     * Email-to-Case's contact match, as Help article 000385630 ("Understanding and Troubleshooting
     * Salesforce Email-to-Case Matching a Current Contact to a New Case") describes it: every email
     * field of Contact is searched for the sender's address; one matching contact links the case to it
     * (and its account); "If two or more Contacts have the same email address, Email-to-Case leaves
     * the 'Contact' and 'Account' fields blank"; none leaves them blank too. Addresses match without
     * regard to case (a search, as SOQL and SOSL compare text).
     * https://help.salesforce.com/s/articleView?id=000385630&type=1
     */
    function emailToCaseContact(address) {
        const wanted = String(address ?? '')
            .trim()
            .toLowerCase();
        if (!wanted) {
            return undefined;
        }
        const emailFields = Object.entries(metadata.objects.Contact.fields)
            .filter(([, field]) => field.type === 'Email')
            .map(([name]) => name);
        const matches = allRecords('Contact').filter((contact) =>
            emailFields.some((name) => String(contact[name] ?? '').toLowerCase() === wanted)
        );
        return matches.length === 1 ? matches[0] : undefined;
    }

    /**
     * An email to support arriving at the routing address (Email-to-Case): the platform makes a Case
     * with Origin Email, the sender's address (Web Email) and the subject, and links it to the contact
     * whose address sent it before any flow runs (emailToCaseContact). It is made by the platform,
     * not by the signed-in user: the documentation does not name the user the flows then run as, so
     * the model takes an internal user without a contact (`emailToCase.automatedUserId`), the one thing the
     * flows depend on. Then the org's save runs as for any case: flows from their XML, validation rules.
     */
    function receiveEmailCase({ from, subject, body }) {
        const sender = emailToCaseContact(from);
        const automated = findRecord(emailToCase.automatedUserId)?.record ?? {
            Id: emailToCase.automatedUserId,
            ContactId: null
        };
        const record = {
            Origin: 'Email',
            Status: 'New',
            SuppliedEmail: from || null,
            Subject: subject || null,
            Description: body || null,
            ContactId: sender?.Id ?? null,
            AccountId: sender?.AccountId ?? null,
            OwnerId: emailToCase.caseOwnerId,
            CreatedById: automated.Id,
            LastModifiedById: automated.Id
        };
        return saveRecord('Case', record, undefined, automated);
    }

    return {
        access,
        metadata,
        currentUser,
        isVisible,
        visibleRecords,
        findVisible,
        fieldValue,
        flowContext,
        createAs,
        updateAs,
        deleteAs,
        uploadFileAs,
        emailToCaseContact,
        receiveEmailCase,
        transaction,
        eventFailures
    };
}

/**
 * The event bus of one org: messages published while a transaction is open, by publish behavior
 * ("Platform Event Fields", Platform Events Developer Guide: Publish Immediately "to have the event
 * message published when the publish call executes … regardless of whether the transaction
 * succeeds"; Publish After Commit "only after a transaction commits successfully").
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_define_ui.htm
 */
function eventBus() {
    let depth = 0;
    let immediate = [];
    let afterCommit = [];
    let emails = [];
    let replayId = 0;
    return {
        /** Opens a transaction, or joins the open one. */
        open: () => {
            depth += 1;
        },
        publish(object, fields) {
            const message = { object: object.apiName, record: { ...fields, ReplayId: String(++replayId) } };
            (object.platformEvent.publishBehavior === 'PublishImmediately' ? immediate : afterCommit).push(message);
        },
        /** An email sent in the open transaction: it leaves only if the transaction commits. */
        queueEmail(email) {
            emails.push(email);
        },
        /** Closes a transaction; at the outermost, the messages to deliver and the emails to send now. */
        close(committed) {
            if (--depth > 0) {
                return { messages: [], emails: [] };
            }
            const due = {
                messages: committed ? [...immediate, ...afterCommit] : immediate,
                emails: committed ? emails : []
            };
            immediate = [];
            afterCommit = [];
            emails = [];
            return due;
        }
    };
}
