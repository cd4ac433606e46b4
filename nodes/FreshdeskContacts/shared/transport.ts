import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { resolveFreshdeskApiUrl } from './domain';
import { explainFreshdeskError } from './errors';
import { networkError, transportFailureOf } from './requests';

export interface FreshdeskResponse {
	body: unknown;
	headers: IDataObject;
	baseUrl: string;
}

/** The one authenticated request helper, for editor look-ups (routing covers the operations). */
export async function freshdeskRequest(
	this: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject = {},
): Promise<FreshdeskResponse> {
	const credentials = await this.getCredentials<{ domain?: string }>('freshdeskContactsApi');
	const baseUrl = resolveFreshdeskApiUrl(credentials.domain);
	if (!baseUrl) {
		throw new NodeOperationError(
			this.getNode(),
			'The Freshdesk domain in the credential is not a Freshdesk account',
		);
	}

	const options: IHttpRequestOptions = {
		method: 'GET',
		baseURL: baseUrl,
		url: path,
		qs,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	let response: { body: unknown; headers: IDataObject; statusCode: number };
	try {
		response = await this.helpers.httpRequestWithAuthentication.call(
			this,
			'freshdeskContactsApi',
			options,
		);
	} catch (error) {
		const failure = transportFailureOf(error);
		throw failure ? networkError(this.getNode(), failure, options) : error;
	}

	if (response.statusCode >= 400) {
		const { message, description } = explainFreshdeskError(
			response.statusCode,
			response.body,
			'such record',
		);
		throw new NodeApiError(this.getNode(), (response.body ?? {}) as IDataObject as never, {
			message,
			description,
			httpCode: String(response.statusCode),
		});
	}
	return { body: response.body, headers: response.headers, baseUrl };
}

/** The page number of the `rel="next"` link; Freshdesk sends none on the last page. */
export function nextPageNumber(link: unknown): number | undefined {
	const value = Array.isArray(link) ? link.join(',') : String(link ?? '');
	const next = value.split(',').find((part) => /rel="?next"?/.test(part));
	const page = next?.match(/[?&]page=(\d+)/)?.[1];
	return page ? Number(page) : undefined;
}
