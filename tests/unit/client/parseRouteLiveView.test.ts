import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../client/routing/parseRoute.js';

describe('live view routes', () => {
  const id = '6700abcf-7bb7-4bec-a60c-49f3301a88ae';

  it('maps /forloeb/<id>/overblik to the live view and /forloeb/<id>/sammenlign/<section> to side by side', () => {
    expect(parseRoute(`/forloeb/${id}/overblik`)).toEqual({ page: 'courseLive', courseId: id });
    expect(parseRoute(`/forloeb/${id}/overblik/`)).toEqual({ page: 'courseLive', courseId: id });
    expect(parseRoute(`/forloeb/${id}/sammenlign/purpose`)).toEqual({
      page: 'courseCompare',
      courseId: id,
      sectionId: 'purpose',
    });
    expect(parseRoute(`/forloeb/${id}/sammenlign/special-situations/`)).toMatchObject({
      sectionId: 'special-situations',
    });
  });

  it('answers not found for an unknown section or a malformed course id', () => {
    expect(parseRoute(`/forloeb/${id}/sammenlign/nope`)).toEqual({ page: 'notFound' });
    expect(parseRoute(`/forloeb/${id}/sammenlign/`)).toEqual({ page: 'notFound' });
    expect(parseRoute('/forloeb/abc/overblik')).toEqual({ page: 'notFound' });
  });
});
