// Every comparison of a flow, flipped one at a time: what a slip in a flow's XML would do. The
// flow tests must notice each (scripts/__tests__/flowTests.test.mjs): a flip no case catches is a
// decision of the policy that nothing tests.

const OPPOSITE = {
    EqualTo: 'NotEqualTo',
    NotEqualTo: 'EqualTo',
    GreaterThan: 'LessThanOrEqualTo',
    LessThanOrEqualTo: 'GreaterThan',
    GreaterThanOrEqualTo: 'LessThan',
    LessThan: 'GreaterThanOrEqualTo',
    Contains: 'NotContains',
    In: 'NotIn',
    NotIn: 'In'
};

/** A condition with its comparison reversed: the opposite operator, or IsNull/IsBlank/IsChanged's value negated. */
function flipped(condition) {
    if (['IsNull', 'IsBlank', 'IsChanged'].includes(condition.operator)) {
        return { ...condition, right: { ...condition.right, value: !condition.right.value } };
    }
    return OPPOSITE[condition.operator] && OPPOSITE[condition.operator] !== 'NotContains'
        ? { ...condition, operator: OPPOSITE[condition.operator] }
        : undefined;
}

/** Comparison operators in formulas, each with its opposite. */
const FORMULA_FLIPS = [
    ['<=', '>'],
    ['>=', '<'],
    ['<>', '='],
    ['!=', '='],
    ['<', '>='],
    ['>', '<='],
    ['=', '<>']
];

function formulaMutants(expression) {
    const mutants = [];
    const pattern = /<=|>=|<>|!=|==|<|>|=/g;
    // Text in quotes holds no operators.
    const quoted = [...expression.matchAll(/'[^']*'|"[^"]*"/g)].map((m) => [m.index, m.index + m[0].length]);
    for (const match of expression.matchAll(pattern)) {
        if (quoted.some(([from, to]) => match.index >= from && match.index < to)) {
            continue;
        }
        const [, to] = FORMULA_FLIPS.find(([from]) => from === (match[0] === '==' ? '=' : match[0]));
        mutants.push({
            where: `${match[0]} at ${match.index}`,
            expression: expression.slice(0, match.index) + to + expression.slice(match.index + match[0].length)
        });
    }
    return mutants;
}

/** [{ description, definition }]: the flow with one comparison flipped, for each comparison it has. */
export function flowMutants(definition) {
    const mutants = [];
    const add = (description, change) => {
        const copy = structuredClone(definition);
        change(copy);
        mutants.push({ description: `${definition.name}: ${description}`, definition: copy });
    };
    for (const [index, condition] of (definition.start?.filters ?? []).entries()) {
        const flip = flipped(condition);
        if (flip) {
            add(`Start filter ${index + 1} (${condition.left} ${condition.operator}) flipped`, (copy) => {
                copy.start.filters[index] = flip;
            });
        }
    }
    if (definition.start?.formula) {
        for (const mutant of formulaMutants(definition.start.formula)) {
            add(`Start condition formula ${mutant.where} flipped`, (copy) => {
                copy.start.formula = mutant.expression;
            });
        }
    }
    for (const [name, element] of Object.entries(definition.elements)) {
        for (const [ruleIndex, rule] of (element.rules ?? []).entries()) {
            for (const [index, condition] of rule.conditions.entries()) {
                const flip = flipped(condition);
                if (flip) {
                    add(
                        `${name}, rule ${rule.name}, condition ${index + 1} (${condition.left} ${condition.operator}) flipped`,
                        (copy) => {
                            copy.elements[name].rules[ruleIndex].conditions[index] = flip;
                        }
                    );
                }
            }
        }
        for (const [index, filter] of (element.filters ?? []).entries()) {
            const flip = flipped(filter);
            if (flip) {
                add(`${name}, filter ${index + 1} (${filter.left} ${filter.operator}) flipped`, (copy) => {
                    copy.elements[name].filters[index] = flip;
                });
            }
        }
    }
    for (const [name, formula] of Object.entries(definition.formulas)) {
        for (const mutant of formulaMutants(formula.expression)) {
            add(`formula ${name}, ${mutant.where} flipped`, (copy) => {
                copy.formulas[name].expression = mutant.expression;
            });
        }
    }
    return mutants;
}
