import type { FreshdeskEmulator } from './index';

export interface CallOptions {
	body?: unknown;
	/** Sent verbatim, for malformed JSON and wrong content types. */
	rawBody?: string;
	headers?: Record<string, string>;
	apiKey?: string | null;
	/** Full URL instead of baseUrl + /api/v2 + path. */
	url?: string;
}

export interface CallResult {
	status: number;
	headers: Headers;
	text: string;
	json: unknown;
}

/** Freshdesk's 400/409 envelope, keys in its order. */
export function validationBody(errors: object[]) {
	return { description: 'Validation failed', errors };
}

export function basicAuth(apiKey: string): string {
	return `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
}

/** Talks to the emulator over real HTTP, the way the node's request helper does. */
export async function call(
	emulator: FreshdeskEmulator,
	method: string,
	path: string,
	options: CallOptions = {},
): Promise<CallResult> {
	const headers: Record<string, string> = {};
	const apiKey = options.apiKey === undefined ? emulator.apiKey : options.apiKey;
	if (apiKey !== null) headers.Authorization = basicAuth(apiKey);
	let payload: string | undefined;
	if (options.body !== undefined) {
		headers['Content-Type'] = 'application/json';
		payload = JSON.stringify(options.body);
	}
	if (options.rawBody !== undefined) payload = options.rawBody;
	Object.assign(headers, options.headers);

	const response = await fetch(options.url ?? `${emulator.baseUrl}/api/v2${path}`, {
		method,
		headers,
		body: payload,
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = text === '' ? undefined : JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, headers: response.headers, text, json };
}
