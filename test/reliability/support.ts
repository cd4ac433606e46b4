import { DirectoryLoader } from 'n8n-core';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INodeExecutionData } from 'n8n-workflow';

import { FreshdeskContacts } from '../../nodes/FreshdeskContacts/FreshdeskContacts.node';
import type { RecordedRequest } from '../emulator';
import { createRandom } from '../emulator/seed';

/** A key no test data contains by chance, so any occurrence of it is a leak. */
export const SECRET_API_KEY = 'fd-SECRET-key-8e2b7c41d09a';

/** Every form in which the key goes over the wire: raw, and inside the Basic header. */
export const SECRET_FORMS = [
	SECRET_API_KEY,
	Buffer.from(`${SECRET_API_KEY}:X`).toString('base64'),
	Buffer.from(SECRET_API_KEY).toString('base64').replace(/=+$/, ''),
];

/**
 * The node type as the n8n app loads it: the loader adds the "Request Options" collection
 * (batching, proxy, timeout) to every declarative node.
 */
export function nodeTypeAsLoadedByN8n(): FreshdeskContacts {
	const nodeType = new FreshdeskContacts();
	DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
	return nodeType;
}

/**
 * Every string reachable from a value: enumerable or not (an Error's `cause`, `stack`), own
 * properties of nested objects and arrays, Map and Set entries; each object visited once.
 */
export function reachableText(root: unknown): string[] {
	const texts: string[] = [];
	const seen = new Set<unknown>();
	const visit = (value: unknown, depth: number) => {
		if (typeof value === 'string') {
			texts.push(value);
			return;
		}
		if (Buffer.isBuffer(value)) {
			texts.push(value.toString('utf8'));
			return;
		}
		if (typeof value !== 'object' || value === null || seen.has(value) || depth > 40) return;
		seen.add(value);
		if (value instanceof Map || value instanceof Set) {
			for (const entry of value.entries()) visit(entry, depth + 1);
		}
		for (const key of Object.getOwnPropertyNames(value)) {
			texts.push(key);
			let child: unknown;
			try {
				child = (value as Record<string, unknown>)[key];
			} catch {
				continue;
			}
			visit(child, depth + 1);
		}
	};
	visit(root, 0);
	return texts;
}

/** All the ways an error or item reaches a person, a log or the execution store. */
export function serializations(value: unknown): string[] {
	const forms = reachableText(value);
	const stringify = (subject: unknown) => {
		try {
			forms.push(JSON.stringify(subject) ?? '');
		} catch {
			// Circular: the walk above has read every string anyway.
		}
	};
	stringify(value);
	if (value instanceof Error) {
		forms.push(String(value));
		stringify({ ...value });
	}
	return forms;
}

export function leaksSecret(value: unknown): string | undefined {
	for (const text of serializations(value)) {
		const found = SECRET_FORMS.find((form) => text.includes(form));
		if (found) {
			const at = text.indexOf(found);
			return `${found} in: ${text.slice(Math.max(0, at - 80), at + 40)}`;
		}
	}
	return undefined;
}

/** Paths the node may call: contacts, contact fields, companies and contact search. */
export const ALLOWED_API_PATH =
	/^\/api\/v2\/(contacts(\/[A-Za-z0-9_]+)*|contact_fields(\/\d+)?|companies(\/[A-Za-z0-9_]+)*|search\/contacts)$/;

/** The method and path each operation may send, so that no input can steer it elsewhere. */
export const OPERATION_ROUTES: Record<string, Array<[string, RegExp]>> = {
	create: [['POST', /^\/api\/v2\/contacts$/]],
	delete: [['DELETE', /^\/api\/v2\/contacts\/\d+(\/hard_delete)?$/]],
	export: [
		['POST', /^\/api\/v2\/contacts\/export$/],
		['GET', /^\/api\/v2\/contacts\/export\/[0-9a-f]{40}$/],
		['GET', /^\/downloads\/exports\/[0-9a-f]{40}\.csv$/],
	],
	get: [['GET', /^\/api\/v2\/contacts\/\d+$/]],
	getAll: [['GET', /^\/api\/v2\/contacts$/]],
	getFields: [['GET', /^\/api\/v2\/contact_fields$/]],
	makeAgent: [['PUT', /^\/api\/v2\/contacts\/\d+\/make_agent$/]],
	merge: [['POST', /^\/api\/v2\/contacts\/merge$/]],
	restore: [['PUT', /^\/api\/v2\/contacts\/\d+\/restore$/]],
	search: [['GET', /^\/api\/v2\/search\/contacts$/]],
	sendInvite: [['PUT', /^\/api\/v2\/contacts\/\d+\/send_invite$/]],
	update: [['PUT', /^\/api\/v2\/contacts\/\d+$/]],
};

export function offRoute(operation: string, requests: RecordedRequest[]): RecordedRequest[] {
	const routes = OPERATION_ROUTES[operation] ?? [];
	return requests.filter(
		(request) => !routes.some(([method, path]) => request.method === method && path.test(request.path)),
	);
}

export function isNodeError(error: unknown): error is NodeApiError | NodeOperationError {
	return error instanceof NodeApiError || error instanceof NodeOperationError;
}

export function itemErrors(items: INodeExecutionData[]): Error[] {
	return items.map((item) => item.error).filter((error): error is NonNullable<typeof error> => !!error);
}

/** The emulator's seeded generator, so that a failing fuzz case can be replayed. */
export const seededRandom = createRandom;
