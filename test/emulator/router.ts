import { makeAgent } from './agentConversion';
import {
	autocompleteCompanies,
	listCompanies,
	listContactFields,
	viewCompany,
	viewContactField,
} from './catalogRoutes';
import type { RequestContext } from './context';
import { autocompleteContacts, listContacts, searchContacts } from './contactQueries';
import {
	createContact,
	deleteContact,
	hardDeleteContact,
	restoreContact,
	sendInvite,
	updateContact,
	viewContact,
} from './contactRoutes';
import type { ApiResponse } from './errors';
import { exportStatus, startExport } from './exports';
import { mergeContacts } from './merge';

type Handler = (context: RequestContext) => ApiResponse;

export interface Route {
	pattern: RegExp;
	handlers: Partial<Record<string, Handler>>;
	/** Restore and send_invite refuse any body, so they need no JSON content type either. */
	bodyless?: boolean;
	/** The path segment captured is an export job id, not a numeric id. */
	exportJob?: boolean;
}

// Rails routes ids with \d+ only: `/contacts/abc` falls through to a bare 404.
const ID = '(\\d+)';

const ROUTES: Route[] = [
	{ pattern: /^\/contacts$/, handlers: { GET: listContacts, POST: createContact } },
	{ pattern: /^\/contacts\/autocomplete$/, handlers: { GET: autocompleteContacts } },
	{ pattern: /^\/contacts\/merge$/, handlers: { POST: mergeContacts } },
	{ pattern: /^\/contacts\/export$/, handlers: { POST: startExport } },
	{
		pattern: /^\/contacts\/export\/([0-9a-f]{40})$/,
		handlers: { GET: exportStatus },
		exportJob: true,
	},
	{
		pattern: new RegExp(`^/contacts/${ID}$`),
		handlers: { GET: viewContact, PUT: updateContact, DELETE: deleteContact },
	},
	{ pattern: new RegExp(`^/contacts/${ID}/hard_delete$`), handlers: { DELETE: hardDeleteContact } },
	{
		pattern: new RegExp(`^/contacts/${ID}/restore$`),
		handlers: { PUT: restoreContact },
		bodyless: true,
	},
	{ pattern: new RegExp(`^/contacts/${ID}/make_agent$`), handlers: { PUT: makeAgent } },
	{
		pattern: new RegExp(`^/contacts/${ID}/send_invite$`),
		handlers: { PUT: sendInvite },
		bodyless: true,
	},
	{ pattern: /^\/search\/contacts$/, handlers: { GET: searchContacts } },
	{ pattern: /^\/contact_fields$/, handlers: { GET: listContactFields } },
	{ pattern: new RegExp(`^/contact_fields/${ID}$`), handlers: { GET: viewContactField } },
	{ pattern: /^\/companies$/, handlers: { GET: listCompanies } },
	{ pattern: /^\/companies\/autocomplete$/, handlers: { GET: autocompleteCompanies } },
	{ pattern: new RegExp(`^/companies/${ID}$`), handlers: { GET: viewCompany } },
];

interface RouteMatch {
	route: Route;
	id: number;
	exportId: string;
}

export function matchRoute(path: string): RouteMatch | undefined {
	const normalized = path.length > 1 ? path.replace(/\/$/, '') : path;
	for (const route of ROUTES) {
		const match = route.pattern.exec(normalized);
		if (!match) continue;
		if (route.exportJob) return { route, id: 0, exportId: match[1] };
		const id = match[1] === undefined ? 0 : Number(match[1]);
		if (match[1] !== undefined && (!Number.isSafeInteger(id) || id <= 0)) return undefined;
		return { route, id, exportId: '' };
	}
	return undefined;
}
