// The form's choices: each severity, as the org labels it, with its definition.
import { severityOf } from 'c/supportSeverities';
import type { PicklistOption as Option } from 'c/supportCasePicklists';

/** The severities as the form offers them: each label followed by its definition, when there is one. */
export function severityChoices(values: Option[]): Option[] {
    return values.map(({ label, value }) => {
        const definition = severityOf(value)?.definition;
        return { label: definition ? `${label}: ${definition}` : label, value };
    });
}
