import { randomBytes } from 'node:crypto';

import type { RequestContext } from './context';
import {
	type ApiResponse,
	fieldError,
	messages,
	notFound,
	requestError,
	typeMismatch,
	validationFailed,
} from './errors';
import type { ContactStore } from './store';
import type { Contact, ContactField, FieldError } from './types';
import { isPlainObject, unknownKeyErrors } from './validation';

interface ExportJob {
	id: string;
	csv: string;
	pendingPolls: number;
	completed: boolean;
}

/** Contact exports: one at a time, reported in progress for a configurable number of polls. */
export class ExportJobs {
	private jobs = new Map<string, ExportJob>();

	constructor(private readonly pollsUntilDone: number) {}

	clear(): void {
		this.jobs.clear();
	}

	inProgress(): boolean {
		return [...this.jobs.values()].some((job) => !this.isDone(job));
	}

	start(csv: string): ExportJob {
		const job = {
			id: randomBytes(20).toString('hex'),
			csv,
			pendingPolls: this.pollsUntilDone,
			completed: this.pollsUntilDone <= 0,
		};
		this.jobs.set(job.id, job);
		return job;
	}

	get(id: string): ExportJob | undefined {
		return this.jobs.get(id);
	}

	/** Counts one status request; answers whether the job now reports completed. */
	poll(job: ExportJob): boolean {
		if (job.pendingPolls > 0) {
			job.pendingPolls--;
			return false;
		}
		job.completed = true;
		return true;
	}

	/** Done once a status request has reported it completed: only then is its file known. */
	isDone(job: ExportJob): boolean {
		return job.completed;
	}
}

interface FieldSelection {
	defaultFields: ContactField[];
	customFields: ContactField[];
}

function readFieldNames(
	errors: FieldError[],
	selection: Record<string, unknown>,
	key: 'default_fields' | 'custom_fields',
	available: ContactField[],
): ContactField[] {
	const names = selection[key];
	if (names === undefined) {
		errors.push(fieldError(key, messages.missingField, 'missing_field'));
		return [];
	}
	if (!Array.isArray(names)) {
		errors.push(typeMismatch(key, names, 'Array'));
		return [];
	}
	const availableNames = available.map((field) => field.name);
	if (!names.every((name) => typeof name === 'string' && availableNames.includes(name))) {
		errors.push(fieldError(key, messages.notIncluded(availableNames), 'invalid_value'));
		return [];
	}
	return [...new Set(names as string[])].map(
		(name) => available.find((field) => field.name === name) as ContactField,
	);
}

function readSelection(
	body: unknown,
	store: ContactStore,
): { errors: FieldError[] } | FieldSelection {
	const request = isPlainObject(body) ? body : {};
	const unknown = unknownKeyErrors(request, ['fields']);
	if (unknown.length > 0) return { errors: unknown };
	if (request.fields === undefined) {
		return { errors: [fieldError('fields', messages.missingField, 'missing_field')] };
	}
	if (!isPlainObject(request.fields)) {
		return {
			errors: [
				typeMismatch('fields', request.fields, 'key/value pair'),
			],
		};
	}
	const selection = request.fields;
	const nested = unknownKeyErrors(selection, ['default_fields', 'custom_fields']);
	if (nested.length > 0) return { errors: nested };

	const errors: FieldError[] = [];
	const defaultFields = readFieldNames(
		errors,
		selection,
		'default_fields',
		store.contactFields.filter((field) => field.default),
	);
	const customFields = readFieldNames(
		errors,
		selection,
		'custom_fields',
		store.contactFields.filter((field) => !field.default),
	);
	if (errors.length === 0 && defaultFields.length + customFields.length === 0) {
		errors.push(fieldError('fields', messages.selectAField, 'invalid_value'));
	}
	return errors.length > 0 ? { errors } : { defaultFields, customFields };
}

function csvCell(value: unknown): string {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defaultFieldValue(contact: Contact, name: string, store: ContactStore): unknown {
	if (name === 'company_name') {
		return store.companyOf(contact)?.name;
	}
	if (name === 'tag_names') return contact.tags.join(',');
	return contact[name as keyof Contact];
}

function buildCsv(store: ContactStore, { defaultFields, customFields }: FieldSelection): string {
	const columns = [...defaultFields, ...customFields];
	const rows = store
		.sortedContacts()
		.filter((contact) => !contact.deleted)
		.map((contact) =>
			columns.map((field) =>
				field.default
					? defaultFieldValue(contact, field.name, store)
					: contact.custom_fields[field.name],
			),
		);
	return [columns.map((field) => field.label), ...rows]
		.map((row) => row.map(csvCell).join(','))
		.join('\r\n')
		.concat('\r\n');
}

export function startExport({ body, state }: RequestContext): ApiResponse {
	const selection = readSelection(body, state.store);
	if ('errors' in selection) return validationFailed(selection.errors);
	if (state.exports.inProgress()) {
		return requestError(400, 'unable_to_perform', messages.exportInProgress);
	}
	const job = state.exports.start(buildCsv(state.store, selection));
	return { status: 200, body: { id: job.id } };
}

export function exportStatus({ exportId, state }: RequestContext): ApiResponse {
	const job = state.exports.get(exportId);
	if (!job) return notFound();
	if (!state.exports.poll(job)) {
		return { status: 200, body: { id: job.id, status: 'in_progress', download_url: null } };
	}
	return {
		status: 200,
		body: {
			id: job.id,
			status: 'completed',
			download_url: `${state.fileHostUrl}/downloads/exports/${job.id}.csv`,
		},
	};
}

export function storageError(status: number, code: string, message: string): ApiResponse {
	return {
		status,
		rawBody: {
			contentType: 'application/xml',
			text:
				'<?xml version="1.0" encoding="UTF-8"?>\n' +
				`<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
		},
	};
}

/**
 * The download URL is pre-signed like an S3 object URL: it takes no credentials, and
 * storage refuses a request that also carries an Authorization header.
 */
export function downloadExport(
	fileName: string,
	authorization: string | undefined,
	state: { exports: ExportJobs },
): ApiResponse {
	if (authorization !== undefined) {
		return storageError(
			400,
			'InvalidArgument',
			'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature ' +
				'query string parameter or the Authorization header should be specified',
		);
	}
	const job = state.exports.get(fileName.replace(/\.csv$/, ''));
	if (!job || !fileName.endsWith('.csv') || !state.exports.isDone(job)) {
		return storageError(404, 'NoSuchKey', 'The specified key does not exist.');
	}
	return { status: 200, rawBody: { contentType: 'text/csv; charset=utf-8', text: job.csv } };
}
