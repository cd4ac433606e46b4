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

export function testWorkflow(nodeType: INodeType, node: INode, id = 'wf-1'): Workflow {
	return new Workflow({
		id,
		name: id,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => nodeType,
			getByNameAndVersion: () => nodeType,
			getKnownTypes: () => ({}),
		} as unknown as INodeTypes,
	});
}

/**
 * A credentials helper as the app's: it hands out the credential data and applies the credential
 * class's own generic `authenticate` block, resolving its expressions against that data.
 */
export function credentialsHelperFor(
	workflow: Workflow,
	node: INode,
	credentials: CredentialData,
): ICredentialsHelper {
	const data = { ...credentials } as unknown as ICredentialDataDecryptedObject;
	const authenticate = async (
		decrypted: ICredentialDataDecryptedObject,
		_type: string,
		requestOptions: IHttpRequestOptions,
	) => {
		for (const [target, values] of Object.entries(credentialType.authenticate.properties)) {
			const resolved: IDataObject = {};
			for (const [key, value] of Object.entries(values as IDataObject)) {
				resolved[key] = workflow.expression.getParameterValue(
					value as string,
					null,
					0,
					0,
					node.name,
					[],
					'internal',
					{ $credentials: decrypted },
				) as string;
			}
			const options = requestOptions as unknown as IDataObject;
			options[target] = { ...((options[target] as IDataObject) ?? {}), ...resolved };
		}
		return requestOptions;
	};

	return {
		getDecrypted: async () => ({ ...data }),
		authenticate,
		preAuthentication: async () => undefined,
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		updateCredentials: async () => undefined,
		updateCredentialsOauthTokenData: async () => undefined,
		getCredentialsProperties: () => credentialType.properties,
	} as unknown as ICredentialsHelper;
}

export const N8N_URLS = {
	webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
	formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
	webhookBaseUrl: 'http://localhost:5678/webhook',
	webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
	restApiUrl: 'http://localhost:5678/rest',
	instanceBaseUrl: 'http://localhost:5678',
};

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
	const workflow = testWorkflow(nodeType, node);
	const workflowNode = workflow.getNode(node.name) as INode;
	const credentialsHelper = credentialsHelperFor(workflow, workflowNode, options.credentials);

	const uiMessages: unknown[] = [];
	const additionalData = {
		credentialsHelper,
		...N8N_URLS,
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
