import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/routing/parseRoute.js';

describe('course routes', () => {
  it('maps /forloeb to the course list and /forloeb/<uuid> to one course', () => {
    expect(parseRoute('/forloeb')).toEqual({ page: 'courses' });
    expect(parseRoute('/forloeb/')).toEqual({ page: 'courses' });
    const id = '6700abcf-7bb7-4bec-a60c-49f3301a88ae';
    expect(parseRoute(`/forloeb/${id}`)).toEqual({ page: 'course', courseId: id });
    expect(parseRoute(`/forloeb/${id}/`)).toEqual({ page: 'course', courseId: id });
  });

  it('answers not found for anything else under /forloeb', () => {
    expect(parseRoute('/forloeb/abc')).toEqual({ page: 'notFound' });
    expect(parseRoute('/forloeb/6700abcf-7bb7-4bec-a60c-49f3301a88ae/x')).toEqual({ page: 'notFound' });
  });
});
