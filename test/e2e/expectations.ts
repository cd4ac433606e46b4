import type { EmulatorOptions, RecordedRequest } from '../emulator';

/**
 * What `<name>.expect.json` beside a workflow says about its run.
 *
 * Items and request bodies are matched partially: an object lists only the keys that matter,
 * an array must have the listed length. A string "<any>", "<number>", "<string>" or "<absent>"
 * stands for a value whose exact content the test cannot know (a new id, a timestamp).
 */
export interface WorkflowExpectation {
	/** The behaviour in a sentence; printed with the result. */
	behaviour: string;
	/** Options for this workflow's own emulator (seeded contacts, agent limit...). */
	emulator?: EmulatorOptions;
	/** The API key in this workflow's credential, when it should not be the emulator's. */
	credentialApiKey?: string;
	/** Node whose output is checked; defaults to "Freshdesk Contacts". */
	node?: string;
	/** One entry per output of that node: index 0 is the main output, 1 the error output. */
	outputs?: OutputExpectation[];
	/** The run must stop at this node with a message containing this text. */
	error?: { node: string; message: string };
	/** Every request the emulator must have received, in order, and no other. */
	requests: RequestExpectation[];
	/**
	 * A declarative node sends the requests of all its input items at once, so with several
	 * items their order is not fixed; this compares them sorted by method, path and query.
	 */
	requestsInAnyOrder?: boolean;
}

export interface OutputExpectation {
	/** How many items the output holds; defaults to the number of `items` listed. */
	count?: number;
	/** The first items of the output, each matched partially against its `json`. */
	items?: unknown[];
}

export interface RequestExpectation {
	method: string;
	/** The exact path; "<any>" in it stands for one segment the test cannot know (a job id). */
	path: string;
	/** The whole parsed query string; `{}` means none. Left out: not checked. */
	query?: Record<string, string>;
	/** Matched partially against the parsed JSON body. */
	body?: unknown;
}

const PLACEHOLDERS: Record<string, (value: unknown) => boolean> = {
	'<any>': (value) => value !== undefined,
	'<number>': (value) => typeof value === 'number',
	'<string>': (value) => typeof value === 'string',
	'<absent>': (value) => value === undefined,
};

function show(value: unknown): string {
	const text = JSON.stringify(value);
	return text === undefined ? 'undefined' : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Lists every place where `actual` differs from `expected`, each as "path: what is wrong". */
export function differences(expected: unknown, actual: unknown, at = '$'): string[] {
	if (typeof expected === 'string' && expected in PLACEHOLDERS) {
		return PLACEHOLDERS[expected](actual)
			? []
			: [`${at}: expected ${expected}, got ${show(actual)}`];
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual)) return [`${at}: expected an array, got ${show(actual)}`];
		if (actual.length !== expected.length) {
			return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`];
		}
		return expected.flatMap((element, index) =>
			differences(element, actual[index], `${at}[${index}]`),
		);
	}
	if (expected !== null && typeof expected === 'object') {
		if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
			return [`${at}: expected an object, got ${show(actual)}`];
		}
		const record = actual as Record<string, unknown>;
		return Object.entries(expected).flatMap(([key, value]) =>
			differences(value, record[key], `${at}.${key}`),
		);
	}
	return Object.is(expected, actual)
		? []
		: [`${at}: expected ${show(expected)}, got ${show(actual)}`];
}

export function outputDifferences(
	expected: OutputExpectation[],
	actual: unknown[][],
	node: string,
): string[] {
	const problems: string[] = [];
	if (actual.length > expected.length) {
		actual.slice(expected.length).forEach((items, index) => {
			if (items.length > 0) {
				problems.push(
					`${node} output ${expected.length + index}: expected no items, got ${items.length}`,
				);
			}
		});
	}
	expected.forEach((output, index) => {
		const items = actual[index] ?? [];
		const listed = output.items ?? [];
		const count = output.count ?? listed.length;
		if (items.length !== count) {
			problems.push(`${node} output ${index}: expected ${count} items, got ${items.length}`);
		}
		listed.forEach((item, itemIndex) => {
			problems.push(
				...differences(item, items[itemIndex], `${node} output ${index} item ${itemIndex}`),
			);
		});
	});
	return problems;
}

function pathMatches(expected: string, actual: string): boolean {
	const pattern = expected
		.split('<any>')
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[^/]+');
	return new RegExp(`^${pattern}$`).test(actual);
}

function requestKey(request: { method: string; path: string; query?: Record<string, string> }) {
	return `${request.method} ${request.path} ${JSON.stringify(request.query ?? {})}`;
}

function inKeyOrder<T extends { method: string; path: string }>(requests: T[]): T[] {
	return [...requests].sort((a, b) => requestKey(a).localeCompare(requestKey(b)));
}

export function requestDifferences(
	expectation: Pick<WorkflowExpectation, 'requests' | 'requestsInAnyOrder'>,
	recorded: RecordedRequest[],
): string[] {
	const anyOrder = expectation.requestsInAnyOrder === true;
	const expected = anyOrder ? inKeyOrder(expectation.requests) : expectation.requests;
	const received = anyOrder ? inKeyOrder(recorded) : recorded;
	const seen = received.map((request) => `${request.method} ${request.path}?${request.rawQuery}`);
	if (received.length !== expected.length) {
		return [
			`expected ${expected.length} requests, the emulator received ${received.length}: ` +
				seen.join(', '),
		];
	}
	return expected.flatMap((request, index) => {
		const actual = received[index];
		const at = `request ${index} (${seen[index]})`;
		const problems: string[] = [];
		if (actual.method !== request.method || !pathMatches(request.path, actual.path)) {
			problems.push(`${at}: expected ${request.method} ${request.path}`);
		}
		if (request.query !== undefined) {
			const extra = Object.keys(actual.query).filter((key) => !(key in request.query!));
			if (extra.length) problems.push(`${at}: unexpected query parameters ${extra.join(', ')}`);
			problems.push(...differences(request.query, actual.query, `${at} query`));
		}
		if (request.body !== undefined) {
			problems.push(...differences(request.body, actual.body, `${at} body`));
		}
		return problems;
	});
}
