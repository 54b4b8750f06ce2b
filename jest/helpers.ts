// Helpers every component test uses: render settling, the shadow root, and a fixed clock.
// Imported as `test-helpers` (jest.config.js and .sfdx/tsconfig.sfdx.json map the name).

/** Lets pending promises and re-renders settle (a save can chain several). */
export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 10));
}

export function shadow(element: Element): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

/** The text a customer reads in a component, with runs of white space as one space. */
export function textOf(element: Element): string {
    return (shadow(element).textContent ?? '').replace(/\s+/g, ' ');
}

/** A Sunday afternoon in November 2026 (10:00 in Los Angeles, sfdx-lwc-jest's time zone). */
export const NOW = new Date('2026-11-22T18:00:00.000Z');

/**
 * Fixes Date.now() and new Date() at `now`, so fixtures with dates do not expire; timers stay real,
 * so promises and renders settle as usual. Undo with jest.useRealTimers().
 */
export function freezeTime(now: Date = NOW): void {
    jest.useFakeTimers({
        now,
        doNotFake: [
            'setTimeout',
            'clearTimeout',
            'setImmediate',
            'clearImmediate',
            'setInterval',
            'clearInterval',
            'nextTick',
            'queueMicrotask'
        ]
    });
}

/** The text under `node`, shadow trees included (a child component's too), with runs of white space as one space. */
export function deepText(node: Node | null | undefined): string {
    const parts: string[] = [];
    const walk = (current: Node): void => {
        if (current.nodeType === Node.TEXT_NODE) {
            parts.push(current.textContent ?? '');
            return;
        }
        const root = (current as Element).shadowRoot;
        for (const child of Array.from((root ?? current).childNodes)) {
            walk(child);
        }
        if (root) {
            // Slotted light-DOM children render inside the shadow tree.
            for (const child of Array.from(current.childNodes)) {
                walk(child);
            }
        }
    };
    if (node) {
        walk(node);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The elements matching `selector` in `element`'s shadow tree, then in the shadow trees of its child
 * components named by `children` (e.g. 'c-support-end-access'), child after child.
 */
export function deepQueryAll(element: Element, selector: string, children: string): HTMLElement[] {
    const root = shadow(element);
    return [
        ...Array.from(root.querySelectorAll<HTMLElement>(selector)),
        ...Array.from(root.querySelectorAll(children)).flatMap((child) =>
            Array.from(shadow(child).querySelectorAll<HTMLElement>(selector))
        )
    ];
}

/** The element that has focus, followed through child components' shadow trees. */
export function deepActiveElement(element: Element): Element | null {
    let active = shadow(element).activeElement;
    while (active?.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
    }
    return active;
}

/** Clicks the Try again of a c-support-error-panel. */
export function clickTryAgain(panel: Element | null | undefined): void {
    (panel?.shadowRoot?.querySelector('lightning-button.try-again') as HTMLElement | null)?.click();
}

/**
 * lightning/graphql with `gql` answering the query's text (the stub's returns nothing), so a test can
 * tell which query a wire runs. Use: jest.mock('lightning/graphql', () =>
 * jest.requireActual('test-helpers').graphqlWithQueryText()).
 */
export function graphqlWithQueryText(): Record<string, unknown> {
    return {
        ...jest.requireActual('lightning/graphql'),
        gql: (strings: TemplateStringsArray) => strings.join('')
    };
}
