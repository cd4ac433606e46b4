import type {
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';

import { FreshdeskContacts } from '../../nodes/FreshdeskContacts/FreshdeskContacts.node';
import type { EmulatorOptions, RecordedRequest } from '../emulator';
import { FreshdeskEmulator } from '../emulator';
import type { CredentialData } from './runNode';
import { credentialsHelperFor, N8N_URLS, NODE_TYPE, testWorkflow } from './runNode';

export interface LookupCall {
	/** The node's parameters as the editor holds them while the look-up runs. */
	parameters?: INodeParameters;
	/** The parameter being filled in, as the editor names it: `parameters.additionalFields.…`. */
	path?: string;
	credentials: CredentialData;
}

/**
 * Builds the context n8n gives `methods.loadOptions` and `methods.listSearch` while a person edits
 * the node: n8n-core's own LoadOptionsContext, with the credential applied through the credential
 * class's `authenticate` block, as the app's credentials helper does.
 */
export function lookupContext({ parameters = {}, path = '', credentials }: LookupCall) {
	const nodeType = new FreshdeskContacts();
	const node: INode = {
		id: 'b2d7c1e0-0000-4000-8000-000000000002',
		name: 'Freshdesk Contacts',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { freshdeskContactsApi: { id: 'cred-1', name: 'Freshdesk test account' } },
	};
	const workflow = testWorkflow(nodeType, node, 'wf-lookups');
	const workflowNode = workflow.getNode(node.name) as INode;

	const additionalData = {
		credentialsHelper: credentialsHelperFor(workflow, workflowNode, credentials),
		currentNodeParameters: parameters,
		...N8N_URLS,
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;

	return {
		nodeType,
		context: new LoadOptionsContext(workflow, workflowNode, additionalData, path),
	};
}

export interface LookupResult<T> {
	result?: T;
	error?: Error & { description?: string; httpCode?: string | null };
	requests: RecordedRequest[];
}

/**
 * Starts one emulator for a test file, restores its seeded state before each test, and calls the
 * node's editor look-ups against it. Each result carries the requests the emulator received.
 */
export function useLookups(options?: EmulatorOptions) {
	const emulator = new FreshdeskEmulator(options);

	beforeAll(async () => await emulator.start());
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());

	const credentials = (): CredentialData => ({
		domain: emulator.baseUrl,
		apiKey: emulator.apiKey,
		pcid: 'test',
	});

	async function capture<T>(call: () => Promise<T>): Promise<LookupResult<T>> {
		emulator.clearRequests();
		try {
			const result = await call();
			return { result, requests: [...emulator.requests] };
		} catch (error) {
			return { error: error as LookupResult<T>['error'], requests: [...emulator.requests] };
		}
	}

	async function listSearch(
		method: string,
		filter?: string,
		paginationToken?: string,
		call: Partial<LookupCall> = {},
	): Promise<LookupResult<INodeListSearchResult>> {
		const { nodeType, context } = lookupContext({ credentials: credentials(), ...call });
		const search = nodeType.methods.listSearch[method as keyof typeof nodeType.methods.listSearch];
		return await capture(async () => await search.call(context, filter, paginationToken));
	}

	async function loadOptions(
		method: string,
		call: Partial<LookupCall> = {},
	): Promise<LookupResult<INodePropertyOptions[]>> {
		const { nodeType, context } = lookupContext({ credentials: credentials(), ...call });
		const load = nodeType.methods.loadOptions[method as keyof typeof nodeType.methods.loadOptions];
		return await capture(async () => await load.call(context));
	}

	return { emulator, listSearch, loadOptions };
}
