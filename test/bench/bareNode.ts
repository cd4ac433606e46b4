import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { FreshdeskContacts } from '../../nodes/FreshdeskContacts/FreshdeskContacts.node';

const REAL_DEFAULTS = new FreshdeskContacts().description.requestDefaults;

/**
 * The least a declarative node must do for Get Many with Return All: the same request defaults
 * and credential, one post-receive step that splits the page and reads the Link header, and a
 * page loop. No validation, retry or error mapping. Run through the same RoutingNode, it gives the
 * routing engine's own cost, against which the real node's pagination and post-processing show.
 */
export class BareContactList implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bare Contact List',
		name: 'bareContactList',
		group: ['output'],
		version: 1,
		description: 'Bench baseline',
		defaults: { name: 'Bare Contact List' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'freshdeskContactsApi', required: true }],
		// The real node's defaults, less the one that routes error bodies to its error step.
		requestDefaults: { ...REAL_DEFAULTS, ignoreHttpStatusErrors: undefined },
		properties: [
			{
				displayName: 'Stop After',
				name: 'stopAfter',
				type: 'hidden',
				default: 0,
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'hidden',
				default: 'getAll',
				routing: {
					request: { method: 'GET', url: '/contacts' },
					send: { paginate: true },
					operations: { pagination: walkLinkHeader },
					output: { postReceive: [splitAndReadLink] },
				},
			},
		],
	};
}

let nextPageLink: string | undefined;

async function splitAndReadLink(
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	nextPageLink = /rel="?next"?/.test(String(response.headers.link ?? '')) ? 'next' : undefined;
	return (items[0].json as unknown as IDataObject[]).map((json) => ({ json }));
}

async function walkLinkHeader(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const stopAfter = this.getNodeParameter('stopAfter', 0) as number;
	const results: INodeExecutionData[] = [];
	for (let page = 1; ; page++) {
		const options = { ...requestData.options, qs: { per_page: 100, page } };
		const items = await this.makeRoutingRequest({ ...requestData, options });
		for (const item of items) results.push(item);
		if (nextPageLink === undefined) return results;
		if (stopAfter > 0 && results.length >= stopAfter) return results;
	}
}
