import { expect, it } from 'vitest';
import { parseRoute } from '../../../client/routing/parseRoute.js';

const course = '6700abcf-7bb7-4bec-a60c-49f3301a88ae';
const group = '0b0a9f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

it('maps /forloeb/<course>/gruppe/<group> to the group room, and a malformed one to not found', () => {
  expect(parseRoute(`/forloeb/${course}/gruppe/${group}`)).toEqual({
    page: 'groupRoom',
    courseId: course,
    groupId: group,
  });
  expect(parseRoute(`/forloeb/${course}/gruppe/${group}/`)).toEqual({
    page: 'groupRoom',
    courseId: course,
    groupId: group,
  });
  expect(parseRoute(`/forloeb/${course}/gruppe/abc`)).toEqual({ page: 'notFound' });
  expect(parseRoute(`/forloeb/${course}/gruppe/`)).toEqual({ page: 'notFound' });
  expect(parseRoute(`/forloeb/${course}`)).toEqual({ page: 'course', courseId: course });
});
