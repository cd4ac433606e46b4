import http from 'node:http';

import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';

import { runNode } from '../harness/runNode';
import { BareContactList } from './bareNode';

export type ClientName = 'node' | 'bareNode' | 'plainKeepAlive' | 'plainNoKeepAlive';
export type Operation = 'getAll' | 'search';

export interface Target {
	baseUrl: string;
	apiKey: string;
}

/** What one run of a client over the emulator produced. */
export interface Fetched {
	count: number;
	uniqueIds: number;
	error?: string;
	/** keeps the result reachable until the memory reading after the run */
	keep: unknown;
}

export const SEARCH_QUERY = "tag:'bench'";
const SEARCH_PAGE_SIZE = 30;
const SEARCH_MAX_PAGES = 10;

function summary(ids: unknown[], keep: unknown, error?: string): Fetched {
	return { count: ids.length, uniqueIds: new Set(ids).size, keep, error };
}

async function runThroughRoutingNode(
	target: Target,
	parameters: INodeParameters,
	nodeType?: INodeType,
): Promise<Fetched> {
	const { items, error } = await runNode({
		credentials: { domain: target.baseUrl, apiKey: target.apiKey, pcid: 'bench' },
		parameters,
		nodeType,
	});
	return summary(
		items.map((item) => item.json.id),
		items,
		error?.message,
	);
}

/** Freshdesk answers 429 with Retry-After in seconds; a minimal client waits that long. */
async function getWithRetry<T>(
	client: AxiosInstance,
	url: string,
	params?: IDataObject,
): Promise<AxiosResponse<T>> {
	for (;;) {
		try {
			return await client.get<T>(url, { params });
		} catch (error) {
			const response = axios.isAxiosError(error) ? error.response : undefined;
			if (response?.status !== 429) throw error;
			const seconds = Number(response.headers['retry-after']);
			await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
		}
	}
}

function nextLink(link: unknown): string | undefined {
	const match = /<([^>]+)>;\s*rel="?next"?/.exec(String(link ?? ''));
	return match?.[1];
}

/**
 * The least a hand-written client can do: Freshdesk's Basic auth, 100 per page, the Link header
 * followed as given, every contact kept in one array. Same HTTP library as n8n (axios).
 */
async function plainList(client: AxiosInstance, target: Target, limit: number): Promise<Fetched> {
	const contacts: IDataObject[] = [];
	let url: string | undefined =
		`${target.baseUrl}/api/v2/contacts?per_page=${Math.min(100, limit)}&page=1`;
	while (url !== undefined && contacts.length < limit) {
		const response = await getWithRetry<IDataObject[]>(client, url);
		for (const contact of response.data) contacts.push(contact);
		url = nextLink(response.headers.link);
	}
	contacts.length = Math.min(contacts.length, limit);
	return summary(
		contacts.map((contact) => contact.id),
		contacts,
	);
}

/** Search has no Link header: pages 1..10 of 30, stopping at a short page or the total. */
async function plainSearch(client: AxiosInstance, target: Target, limit: number): Promise<Fetched> {
	const contacts: IDataObject[] = [];
	for (let page = 1; page <= SEARCH_MAX_PAGES && contacts.length < limit; page++) {
		const response = await getWithRetry<{ total: number; results: IDataObject[] }>(
			client,
			`${target.baseUrl}/api/v2/search/contacts`,
			{ query: `"${SEARCH_QUERY}"`, page },
		);
		for (const contact of response.data.results) contacts.push(contact);
		const { total, results } = response.data;
		if (results.length < SEARCH_PAGE_SIZE || contacts.length >= total) break;
	}
	contacts.length = Math.min(contacts.length, limit);
	return summary(
		contacts.map((contact) => contact.id),
		contacts,
	);
}

export function makeClient(
	name: ClientName,
	target: Target,
): (operation: Operation, limit?: number) => Promise<Fetched> {
	if (name === 'node') {
		return async (operation, limit) => {
			const paging = limit === undefined ? { returnAll: true } : { returnAll: false, limit };
			const query = operation === 'search' ? { query: SEARCH_QUERY } : {};
			const parameters: INodeParameters = { operation, ...query, ...paging };
			return await runThroughRoutingNode(target, parameters);
		};
	}

	if (name === 'bareNode') {
		return async (operation, limit) => {
			if (operation !== 'getAll') throw new Error('the bare node only lists contacts');
			const parameters = { operation, stopAfter: limit ?? 0 };
			return await runThroughRoutingNode(target, parameters, new BareContactList());
		};
	}

	const client = axios.create({
		auth: { username: target.apiKey, password: 'X' },
		headers: { Accept: 'application/json' },
		httpAgent: new http.Agent({ keepAlive: name === 'plainKeepAlive' }),
	});
	return async (operation, limit = Infinity) =>
		operation === 'search'
			? await plainSearch(client, target, limit)
			: await plainList(client, target, limit);
}
