import type { SectionId } from '../../shared/playbook/sectionIds.js';

/** Addresses of the live view pages (parsed back in client/routing/parseRoute.ts). */
export const liveViewHref = (courseId: string) => `/forloeb/${courseId}/overblik`;
export const compareHref = (courseId: string, sectionId: SectionId) => `/forloeb/${courseId}/sammenlign/${sectionId}`;
