import type { IDataObject, INodeType } from 'n8n-workflow';

import { FreshdeskContactsApi } from '../../credentials/FreshdeskContactsApi.credentials';
import type { CredentialData } from './runNode';
import { runNode } from './runNode';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

/**
 * Runs the credential's `test` the way n8n's credentials tester does: the test request is the
 * routing of a single property on a bare node type (n8n uses its No-Op node, so none of this
 * node's request defaults apply), then the rules map the response code to a message.
 */
export async function runCredentialTest(credentials: CredentialData): Promise<CredentialTestResult> {
	const { test } = new FreshdeskContactsApi();
	const bareNode: INodeType = {
		description: {
			displayName: 'Credential Test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: { name: 'Credential Test' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'freshdeskContactsApi', required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } },
			],
		},
	};

	const { error } = await runNode({ parameters: {}, credentials, nodeType: bareNode });
	if (!error) return { status: 'OK', message: 'Connection successful!' };

	const cause = (error as { cause?: IDataObject }).cause as
		| { response?: { status: number; statusText?: string }; code?: string }
		| undefined;
	if (cause?.response) {
		const rule = (test.rules ?? []).find(
			(candidate) => candidate.type === 'responseCode' && candidate.properties.value === cause.response?.status,
		);
		return {
			status: 'Error',
			message: rule?.properties.message ?? cause.response.statusText ?? `Received HTTP status code: ${cause.response.status}`,
		};
	}
	return { status: 'Error', message: cause?.code ?? error.message };
}
