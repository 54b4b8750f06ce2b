// The Case statuses the portal relies on. A new org has New, Working, Escalated and Closed; the
// portal also needs "Waiting on Customer" (the flow Support_Case_Message_Apply, the case page's
// waiting state) and needs each status to count as closed or open as it reads it. The values and
// their <closed> flags live in org-settings/ (CaseStatus.standardValueSet-meta.xml; StandardValueSet,
// Metadata API Developer Guide: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_standardvalueset.htm):
// "Closed: Indicates whether this value is associated with a closed status ... only relevant for
// the standard Status field in cases and tasks" (StandardValue, StandardValueSet, Tooling API:
// https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_standardvalueset.htm).
// The German label: StandardValueSetTranslation (Metadata API Developer Guide:
// https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_standardvaluesettranslation.htm).
// A package cannot carry a standard value set (Metadata Coverage Report:
// https://developer.salesforce.com/docs/metadata-coverage/), so the install deploys it with the
// org-wide settings, keeping any status the org already has, and then checks the org's CaseStatus
// records ("IsClosed: Indicates whether this case status value represents a closed Case", Object
// Reference, CaseStatus: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_casestatus.htm).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { generatedCases, seedRecords } from './demoData.mjs';
import { STANDARD_TRANSLATIONS } from './standardObjects.mjs';

export const CASE_STATUS_FILE = 'org-settings/main/default/standardValueSets/CaseStatus.standardValueSet-meta.xml';
export const CASE_STATUS_TRANSLATIONS_DIR = 'org-settings/main/default/standardValueSetTranslations';
export const CASE_STATUS_QUERY = 'SELECT MasterLabel, ApiName, IsClosed, IsDefault FROM CaseStatus';

/**
 * How the portal reads each Case status it names, and why: the value set must agree. A status the
 * project names must be listed here, so that whoever adds one decides whether it is closed.
 */
export const CASE_STATUS_MEANING = {
    New: { closed: false, why: 'a new case is open' },
    Working: {
        closed: false,
        why: 'the flow Support_Case_Message_Apply gives a reopened or answered case back to support as Working'
    },
    'Waiting on Customer': {
        closed: false,
        why: "the case page's waiting state (c/supportCaseRules caseStage) and the flow Support_Case_Message_Apply's customer reply; customers reply only on open cases (Reply_On_Open_Case)"
    },
    Closed: {
        closed: true,
        why: 'the flow Support_Case_Message_Apply closes a case as Closed, and the close, reopen and reply rules read IsClosed'
    }
};

const parser = new XMLParser({
    parseTagValue: false,
    isArray: (name) =>
        ['standardValue', 'valueTranslation', 'recordUpdates', 'recordCreates', 'inputAssignments'].includes(name)
});
const readXml = (path) => parser.parse(readFileSync(path, 'utf8'));
const bool = (value) => String(value) === 'true';

/** A StandardValueSet's values: [{ value, label, closed, default }], in order. */
export function parseCaseStatuses(xml) {
    return (parser.parse(xml).StandardValueSet?.standardValue ?? []).map((v) => ({
        value: String(v.fullName),
        label: String(v.label ?? v.fullName),
        closed: bool(v.closed),
        default: bool(v.default)
    }));
}

/** The value set org-settings deploys, or none when the file is missing. */
export function readCaseStatuses(root) {
    const file = join(root, CASE_STATUS_FILE);
    return existsSync(file) ? parseCaseStatuses(readFileSync(file, 'utf8')) : [];
}

/** language → { master label: translation }, from org-settings' CaseStatus-<language> translations. */
export function readCaseStatusTranslations(root) {
    const dir = join(root, CASE_STATUS_TRANSLATIONS_DIR);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    return Object.fromEntries(
        files
            .map((file) => [/^CaseStatus-([\w-]+)\.standardValueSetTranslation-meta\.xml$/.exec(file)?.[1], file])
            .filter(([language]) => language)
            .map(([language, file]) => [
                language,
                Object.fromEntries(
                    (readXml(join(dir, file)).StandardValueSetTranslation?.valueTranslation ?? []).map((t) => [
                        String(t.masterLabel),
                        String(t.translation ?? '')
                    ])
                )
            ])
    );
}

const decode = (text) =>
    String(text)
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
const add = (named, value, where) => named.set(value, [...(named.get(value) ?? []), where]);

/**
 * Every Case status the project names, with where: the flows (a Status they set on a Case, a
 * Status their formulas compare), the validation rules, and the demo data the install loads and
 * the preview shows (seed.mjs). Map of value → [where].
 */
export function caseStatusesNamed(root) {
    const named = new Map();
    const main = join(root, 'force-app/main/default');
    const compared = /ISPICKVAL\(\s*(?:\{![\w$.]*\.Status\}|(?:Case__r\.)?Status)\s*,\s*'([^']+)'\s*\)/g;
    const flows = join(main, 'flows');
    for (const file of existsSync(flows) ? readdirSync(flows).filter((f) => f.endsWith('.flow-meta.xml')) : []) {
        const where = `the flow ${file.replace('.flow-meta.xml', '')}`;
        const text = readFileSync(join(flows, file), 'utf8');
        for (const [, value] of decode(text).matchAll(compared)) {
            add(named, value, where);
        }
        const flow = parser.parse(text).Flow ?? {};
        for (const element of [...(flow.recordUpdates ?? []), ...(flow.recordCreates ?? [])]) {
            for (const item of element.object === 'Case' ? (element.inputAssignments ?? []) : []) {
                if (item.field === 'Status' && item.value?.stringValue !== undefined) {
                    add(named, String(item.value.stringValue), where);
                }
            }
        }
    }
    const objects = join(main, 'objects');
    for (const object of existsSync(objects) ? readdirSync(objects) : []) {
        const rules = join(objects, object, 'validationRules');
        for (const file of existsSync(rules) ? readdirSync(rules) : []) {
            const formula = decode(readXml(join(rules, file)).ValidationRule?.errorConditionFormula ?? '');
            for (const [match, value] of formula.matchAll(compared)) {
                if (object === 'Case' || match.includes('Case__r.')) {
                    add(named, value, `the validation rule ${object}.${file.replace('.validationRule-meta.xml', '')}`);
                }
            }
        }
    }
    const demo = [...seedRecords().Case, ...generatedCases(12)].map((record) => record.Status);
    for (const value of new Set(demo)) {
        add(named, value, 'the demo cases (org-model/demoData.mjs)');
    }
    return named;
}

/**
 * What is wrong with the value set for what the project names: a named status the portal does not
 * say is open or closed, a status it relies on missing or counted the other way, no single
 * default, a status the platform does not translate left without a translation. In words.
 */
export function caseStatusProblems({ values, named, translations, file = CASE_STATUS_FILE }) {
    const problems = [];
    for (const [value, where] of named) {
        if (!CASE_STATUS_MEANING[value]) {
            problems.push(
                `the Case status "${value}" (${where.join(', ')}) is not in CASE_STATUS_MEANING (org-model/caseStatuses.mjs): say whether the portal takes it as closed, and add it to ${file}`
            );
        }
    }
    for (const [value, meaning] of Object.entries(CASE_STATUS_MEANING)) {
        const found = values.find((v) => v.value === value);
        const kind = (closed) => (closed ? 'closed' : 'open');
        if (!found) {
            problems.push(
                `${file}: the Case status "${value}" is missing; the portal relies on it (${meaning.why}), and a new org does not have it unless it is deployed`
            );
        } else if (found.closed !== meaning.closed) {
            problems.push(
                `${file}: the Case status "${value}" counts as ${kind(found.closed)} (<closed>${found.closed}</closed>), but the portal takes it as ${kind(meaning.closed)}: ${meaning.why}`
            );
        }
    }
    const defaults = values.filter((v) => v.default).map((v) => v.value);
    if (defaults.length !== 1) {
        problems.push(`${file}: exactly one Case status must be the default; ${defaults.join(', ') || 'none'} is`);
    }
    for (const [language, standard] of Object.entries(STANDARD_TRANSLATIONS)) {
        const platform = standard.picklistValues['Case.Status'] ?? {};
        for (const { value, label } of values) {
            if (!platform[value] && !translations?.[language]?.[label]?.trim()) {
                problems.push(
                    `${CASE_STATUS_TRANSLATIONS_DIR}/CaseStatus-${language}.standardValueSetTranslation-meta.xml: the Case status "${label}" has no ${language} translation (the platform translates only its own values)`
                );
            }
        }
    }
    return problems;
}

/**
 * The org's CaseStatus records (MasterLabel, ApiName, IsClosed) against the value set: each value
 * present and closed or open as deployed. In words, for the install and scratch:verify.
 */
export function orgCaseStatusProblems(records, values) {
    const kind = (closed) => (closed ? 'closed' : 'open');
    const recordOf = (value) => records.find((r) => r.ApiName === value || r.MasterLabel === value);
    const missing = values.filter(({ value }) => !recordOf(value)).map(({ value }) => `"${value}"`);
    return [
        ...(missing.length
            ? [
                  `the org has no Case status ${missing.join(', ')} (Setup → Object Manager → Case → Fields → Status): deploy org-settings/ (npm run package:install deploys it)`
              ]
            : []),
        ...values
            .filter(({ value, closed }) => recordOf(value) && Boolean(recordOf(value).IsClosed) !== closed)
            .map(
                ({ value, closed }) =>
                    `the Case status "${value}" counts as ${kind(!closed)} in the org; the portal needs it ${kind(closed)}`
            )
    ];
}

const escapeXml = (text) =>
    String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The value set to deploy into an org that has `records` (its CaseStatus): the project's values,
 * then every status the org has that the project does not name, as the org has it, so the deploy
 * removes none of the org's. The org's default stays its default.
 */
export function mergedCaseStatusXml(values, records) {
    const orgDefault = records.find((r) => r.IsDefault)?.ApiName ?? records.find((r) => r.IsDefault)?.MasterLabel;
    const merged = [
        ...values,
        ...records
            .map((r) => ({ value: r.ApiName ?? r.MasterLabel, label: r.MasterLabel, closed: Boolean(r.IsClosed) }))
            .filter((r) => !values.some((v) => v.value === r.value || v.label === r.label))
    ];
    const defaultValue = merged.some((v) => v.value === orgDefault) ? orgDefault : values.find((v) => v.default)?.value;
    const entries = merged.map(
        (v) =>
            `    <standardValue>\n        <fullName>${escapeXml(v.value)}</fullName>\n        <default>${v.value === defaultValue}</default>\n        <label>${escapeXml(v.label)}</label>\n        <closed>${v.closed}</closed>\n    </standardValue>`
    );
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<StandardValueSet xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <sorted>false</sorted>',
        ...entries,
        '</StandardValueSet>',
        ''
    ].join('\n');
}
