// The portal customer's profile, as scratch:verify reads it from the org, against the model the
// demo org runs: equal passes; more or less than the model fails, naming object and permission.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { modelledObjects, profileProblems } from '../lib/profileCheck.mjs';

const metadata = readProjectMetadata();
const asModelled = modelledObjects(metadata).map((apiName) => {
    const model = metadata.objects[apiName].customerAccess;
    return {
        SobjectType: apiName,
        PermissionsRead: Boolean(model.read),
        PermissionsCreate: Boolean(model.create),
        PermissionsEdit: Boolean(model.edit),
        PermissionsDelete: Boolean(model.delete)
    };
});

test('the model holds the most the Customer Community license gives: Case and Contact read, create, edit; Account read', () => {
    assert.deepEqual(metadata.objects.Case.customerAccess, { read: true, create: true, edit: true });
    assert.deepEqual(metadata.objects.Contact.customerAccess, { read: true, create: true, edit: true });
    assert.deepEqual(metadata.objects.Account.customerAccess, { read: true });
});

test('a profile as the model says passes; one that grants more or less fails in words', () => {
    const profile = 'Customer Community User';
    assert.deepEqual(profileProblems(metadata, profile, asModelled), []);
    const more = asModelled.map((row) => (row.SobjectType === 'Case' ? { ...row, PermissionsDelete: true } : row));
    assert.deepEqual(profileProblems(metadata, profile, more), [
        'the profile Customer Community User grants delete on Case, which the model does not: a rule may rest on it being withheld'
    ]);
    const less = asModelled.map((row) => (row.SobjectType === 'Case' ? { ...row, PermissionsEdit: false } : row));
    assert.deepEqual(profileProblems(metadata, profile, less), [
        'the profile Customer Community User does not grant edit on Case, which the model does: the preview allows what the org refuses'
    ]);
});
