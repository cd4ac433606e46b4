import type {
	ICredentialDataDecryptedObject,
	ICredentialsHelper,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow, createRunExecutionData } from 'n8n-workflow';
import { ExecuteContext, RoutingNode } from 'n8n-core';

import { FreshdeskContactsApi } from '../../credentials/FreshdeskContactsApi.credentials';
import { FreshdeskContacts } from '../../nodes/FreshdeskContacts/FreshdeskContacts.node';

export const NODE_TYPE = 'n8n-nodes-freshdesk-contacts.freshdeskContacts';
const credentialType = new FreshdeskContactsApi();

export interface CredentialData {
	domain: string;
	apiKey: string;
	pcid?: string;
}

export interface RunOptions {
	parameters: INodeParameters;
	credentials: CredentialData;
	/** json of each input item; one empty item by default */
	items?: IDataObject[];
	continueOnFail?: boolean;
	nodeType?: INodeType;
}

export interface RunResult {
	items: INodeExecutionData[];
	error?: Error & { description?: string; httpCode?: string | null };
	uiMessages: unknown[];
}

function nodeTypesFor(nodeType: INodeType): INodeTypes {
	return {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
}

/**
 * Applies the credential class's own generic `authenticate` block, resolving its expressions
 * against the credential data the way n8n's credentials helper does.
 */
function applyAuthenticate(
	workflow: Workflow,
	node: INode,
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	const { authenticate } = credentialType;
	const resolve = (value: unknown) =>
		workflow.expression.getParameterValue(
			value as string,
			null,
			0,
			0,
			node.name,
			[],
			'internal',
			{ $credentials: credentials },
		);

	for (const [target, values] of Object.entries(authenticate.properties)) {
		const resolved: IDataObject = {};
		for (const [key, value] of Object.entries(values as IDataObject)) resolved[key] = resolve(value) as string;
		const options = requestOptions as unknown as IDataObject;
		options[target] = { ...((options[target] as IDataObject) ?? {}), ...resolved };
	}
	return requestOptions;
}

export async function runNode(options: RunOptions): Promise<RunResult> {
	const nodeType = options.nodeType ?? new FreshdeskContacts();
	const node: INode = {
		id: 'b2d7c1e0-0000-4000-8000-000000000001',
		name: 'Freshdesk Contacts',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { freshdeskContactsApi: { id: 'cred-1', name: 'Freshdesk test account' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const workflow = new Workflow({
		id: 'wf-1',
		name: 'test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypesFor(nodeType),
	});
	const workflowNode = workflow.getNode(node.name) as INode;
	const credentialData = { ...options.credentials } as unknown as ICredentialDataDecryptedObject;

	const credentialsHelper = {
		getDecrypted: async () => ({ ...credentialData }),
		authenticate: async (
			credentials: ICredentialDataDecryptedObject,
			_type: string,
			requestOptions: IHttpRequestOptions,
		) => applyAuthenticate(workflow, workflowNode, credentials, requestOptions),
		preAuthentication: async () => undefined,
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		updateCredentials: async () => undefined,
		updateCredentialsOauthTokenData: async () => undefined,
		getCredentialsProperties: () => credentialType.properties,
	} as unknown as ICredentialsHelper;

	const uiMessages: unknown[] = [];
	const additionalData = {
		credentialsHelper,
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		variables: {},
		executionId: 'test-execution',
		sendDataToUI: (_type: string, data: unknown) => uiMessages.push(data),
	} as unknown as IWorkflowExecuteAdditionalData;

	const inputItems: INodeExecutionData[] = (options.items ?? [{}]).map((json, index) => ({
		json,
		pairedItem: { item: index },
	}));
	const inputData = { main: [inputItems] };
	const executeData: IExecuteData = { node: workflowNode, data: inputData, source: null };
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		resultData: { runData: {} },
	} as never);

	const context = new ExecuteContext(
		workflow,
		workflowNode,
		additionalData,
		'manual',
		runExecutionData,
		0,
		inputItems,
		inputData,
		executeData,
		[],
	);

	try {
		const output = await new RoutingNode(context, nodeType).runNode();
		return { items: output?.[0] ?? [], uiMessages };
	} catch (error) {
		return { items: [], error: error as RunResult['error'], uiMessages };
	}
}
