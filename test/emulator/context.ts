import type { ExportJobs } from './exports';
import type { ContactStore } from './store';
import type { EmulatorFeatures } from './types';

export interface EmulatorState {
	store: ContactStore;
	features: EmulatorFeatures;
	exports: ExportJobs;
	agentLimitReached: boolean;
	/** Where the API lives, e.g. http://127.0.0.1:5679 (Link and Location headers use it). */
	apiBaseUrl: string;
	/** Stands for Freshdesk's separate file host that serves export downloads. */
	fileHostUrl: string;
}

export interface RequestContext {
	/** Numeric id from the path (contact, company or contact field). */
	id: number;
	exportId: string;
	query: Record<string, string>;
	body: unknown;
	state: EmulatorState;
}
